# Long lists exercise timsort's runs, galloping and merges; the result is stable.
seed = 12345
values = []
for i in range(300):
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    values.append(seed % 50)
pairs = sorted(enumerate(values), key=lambda p: p[1])
print(pairs[:6])  # expect: [(30, 0), (96, 0), (156, 0), (190, 0), (41, 1), (87, 1)]
print([i for i, v in pairs[-5:]])  # expect: [139, 225, 235, 257, 289]
print(sorted(values, reverse=True)[:8], sorted(values) == sorted(values[::-1]))  # expect: [49, 49, 49, 49, 49, 49, 48, 47] True
runs = list(range(100)) + list(range(50, 0, -1)) + list(range(30))
print(sorted(runs)[::20])  # expect: [0, 7, 13, 20, 27, 35, 45, 60, 80]
