# Comparisons between numbers of different types and between sequences.
print(1 == 1.0, True == 1, False == 0.0)  # expect: True True True
print(2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 == 2.0 ** 53)  # expect: False True
print(0.1 + 0.2 == 0.3, 0.5 == 1 / 2)  # expect: False True
print("a" < "b", "abc" < "abd", "Z" < "a", "" < "a")  # expect: True True True True
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (2,) > (1, 9))  # expect: True True True
print([1, 2] == [1, 2], (1, 2) == [1, 2], None == None)  # expect: True False True
print(1 != 2, "a" != "a", [] == [])  # expect: True False True
print({"a": 1} == {"a": 1.0}, {1: 2} != {1: 3})  # expect: True True
print(10 ** 20 > 1e19, -10 ** 20 < -1e19)  # expect: True True
print(float("nan") == float("nan"), float("nan") != float("nan"))  # expect: False True
