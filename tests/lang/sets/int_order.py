# Sets of small ints print in hash-table order, which for ints is mostly numeric.
print({3, 1, 2})  # expect: {1, 2, 3}
print({10, 100, 1000, 5})  # expect: {1000, 10, 100, 5}
s = set()
for v in [5, 13, 21, 2]:
    s.add(v)
print(s)  # expect: {2, 13, 21, 5}
print({-1, -2, 0}, {2 ** 61, 2 ** 61 - 1, 7})  # expect: {0, -1, -2} {2305843009213693951, 2305843009213693952, 7}
print(set(range(20, 0, -3)))  # expect: {2, 5, 8, 11, 14, 17, 20}
print(set([100, 36, 4, 68]))  # expect: {100, 4, 36, 68}
