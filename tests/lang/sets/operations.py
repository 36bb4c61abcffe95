# Union, intersection, difference and symmetric difference.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)  # expect: {1, 2, 3, 4, 5, 6} {3, 4} {1, 2} {5, 6} {1, 2, 5, 6}
print(a.union([9, 8]), a.intersection(range(3)), a.difference({1}, {2}))  # expect: {1, 2, 3, 4, 8, 9} {1, 2} {3, 4}
print(a.symmetric_difference([4, 40]), a.issubset(range(10)), a.isdisjoint(b))  # expect: {1, 2, 3, 40} True False
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {3}, {1} > {1})  # expect: True False True False
c = set(a)
c |= {10}; c &= {1, 2, 10, 11}; c -= {2}; c ^= {3}
print(c)  # expect: {1, 10, 3}
