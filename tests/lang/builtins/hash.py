# hash() of numbers and tuples matches CPython on 64-bit Linux.
print(hash(1), hash(-1), hash(0), hash(True))  # expect: 1 -2 0 1
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 100))  # expect: 0 1 549755813888
print(hash(-2 ** 63), hash(10 ** 20))  # expect: -4 848750603811160107
print(hash(1.5), hash(0.1), hash(-0.0), hash(2.0))  # expect: 1152921504606846977 230584300921369408 0 2
print(hash(float("inf")), hash(float("-inf")))  # expect: 314159 -314159
print(hash((1, 2)), hash(()), hash((1, (2, 3))))  # expect: -3550055125485641917 5740354900026072187 7267574591690527098
print(hash(1e100), hash(-1.25e-5))  # expect: 1822893315824342674 -405352789500959811
