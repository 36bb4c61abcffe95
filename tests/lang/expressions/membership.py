# 'in' and 'not in' across container types.
print(2 in [1, 2, 3], 4 not in (1, 2))  # expect: True True
print("ell" in "hello", "z" in "hello", "" in "abc")  # expect: True False True
print("a" in {"a": 1}, 1 in {"a": 1})  # expect: True False
print(3 in range(5), 5 in range(5), 4 in range(0, 10, 2))  # expect: True False True
print(2 in {1, 2}, 1.0 in [1], [1] in [[1], 2])  # expect: True True True
