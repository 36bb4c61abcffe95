# str() and bool() of builtin values.
print(str(1.0), str(None), str(True), str([1, "a"]))  # expect: 1.0 None True [1, 'a']
print(repr("a"), repr(1.5), str("a"))  # expect: 'a' 1.5 a
print(bool(0), bool(0.0), bool(""), bool([]), bool({}), bool(None))  # expect: False False False False False False
print(bool(1), bool("0"), bool([0]), bool(-0.5), bool())  # expect: True True True True False
