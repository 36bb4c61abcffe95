# round() on floats with ndigits uses the exact decimal value.
print(round(0.1 + 0.2, 2), round(2.5, 0), round(-1.55, 1))  # expect: 0.3 2.0 -1.6
print(round(1e20, 2), round(123.456, -1), round(-123.456, -2))  # expect: 1e+20 120.0 -100.0
print(round(5e-324, 400), round(0.0, 3), round(-0.4))  # expect: 5e-324 0.0 0
print(round(float("inf"), 2), round(1.23456789e-5, 7))  # expect: inf 1.23e-05
