# String comparison is by code point.
print("apple" < "banana", "Apple" < "apple", "a" < "aa")  # expect: True True True
print("é" > "z", "abc" == "abc", "abc" != "abd")  # expect: True True True
print("ell" in "hello", "L" in "hello")  # expect: True False
