# List literals, indexing and nesting.
a = [1, "two", 3.0, None, True, [5, 6]]
print(a)  # expect: [1, 'two', 3.0, None, True, [5, 6]]
print(a[0], a[-1], a[-1][0], len(a))  # expect: 1 [5, 6] 5 6
a[1] = 2
a[-1][1] = "six"
print(a)  # expect: [1, 2, 3.0, None, True, [5, 'six']]
print([], [[]], [[], [1]])  # expect: [] [[]] [[], [1]]
