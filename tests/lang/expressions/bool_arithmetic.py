# bool is an int subclass in arithmetic.
print(True + True, True * 3, False - 1)  # expect: 2 3 -1
print(True / 2, True // 1, True ** 2)  # expect: 0.5 1 1
print(sum([True, False, True]))  # expect: 2
print(True + 0.5)  # expect: 1.5
