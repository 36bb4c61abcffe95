# Augmented assignment on names, items and attributes.
x = 10
x += 5; print(x)  # expect: 15
x -= 3; print(x)  # expect: 12
x *= 2; print(x)  # expect: 24
x //= 5; print(x)  # expect: 4
x **= 3; print(x)  # expect: 64
x %= 10; print(x)  # expect: 4
x <<= 2; print(x)  # expect: 16
x >>= 1; print(x)  # expect: 8
x |= 3; print(x)  # expect: 11
x &= 6; print(x)  # expect: 2
x ^= 7; print(x)  # expect: 5
x /= 2; print(x)  # expect: 2.5
s = "ab"
s += "c"; print(s)  # expect: abc
counts = {"a": 1}
counts["a"] += 1
print(counts)  # expect: {'a': 2}
grid = [[0, 0], [0, 0]]
grid[1][0] += 5
print(grid)  # expect: [[0, 0], [5, 0]]
