# int() from floats, strings and bools.
print(int(3.9), int(-3.9), int(True), int())  # expect: 3 -3 1 0
print(int("42"), int("  -7 \n"), int("1_000"))  # expect: 42 -7 1000
print(int("ff", 16), int("0x1f", 16), int("0b101", 0), int("777", 8))  # expect: 255 31 5 511
print(int("z", 36), int(1e20))  # expect: 35 100000000000000000000
print(int("+5"), int(2.0 ** 70))  # expect: 5 1180591620717411303424
