# Mixed int/float arithmetic gives floats.
print(1 + 2.0, 3 * 0.5, 10 - 0.5, 7 // 2.0)  # expect: 3.0 1.5 9.5 3.0
print(2 ** 62 + 0.0, 2 ** 63 * 1.0)  # expect: 4.611686018427388e+18 9.223372036854776e+18
print(10 ** 20 + 0.5, 3 + True + 0.5)  # expect: 1e+20 4.5
