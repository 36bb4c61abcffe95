# Names share one list object; copies do not.
a = [1, 2]
b = a
c = a[:]
d = list(a)
a.append(3)
print(a, b, c, d)  # expect: [1, 2, 3] [1, 2, 3] [1, 2] [1, 2]
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)  # expect: [[1, 0], [1, 0]]
grid = [[0] * 2 for _ in range(2)]
grid[0][0] = 1
print(grid)  # expect: [[1, 0], [0, 0]]
