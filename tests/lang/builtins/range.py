# range: repr, contents, length, indexing and slicing.
print(range(5), range(1, 10, 2))  # expect: range(0, 5) range(1, 10, 2)
print(list(range(5)), list(range(2, 5)))  # expect: [0, 1, 2, 3, 4] [2, 3, 4]
print(list(range(10, 0, -3)), list(range(0)))  # expect: [10, 7, 4, 1] []
r = range(0, 20, 5)
print(len(r), r[1], r[-1])  # expect: 4 5 15
print(r[1:3], list(r[::-1]))  # expect: range(5, 15, 5) [15, 10, 5, 0]
print(range(3) == range(0, 3), list(range(-3)))  # expect: True []
