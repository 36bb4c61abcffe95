# float() from strings, ints and special values.
print(float("3.14"), float("  1e3 "), float(7))  # expect: 3.14 1000.0 7.0
print(float("inf"), float("-Infinity"), float("nan"))  # expect: inf -inf nan
print(float("1_000.5"), float(".5"), float("5."))  # expect: 1000.5 0.5 5.0
print(float(2 ** 100), float())  # expect: 1.2676506002282294e+30 0.0
print(float(True), float("-0"))  # expect: 1.0 -0.0
