# Float literals: fraction, exponent and underscore forms.
print(1.5, .5, 5.)  # expect: 1.5 0.5 5.0
print(1e3, 1E-3, 2.5e+2)  # expect: 1000.0 0.001 250.0
print(1_000.000_1)  # expect: 1000.0001
print(1e400, -1e400)  # expect: inf -inf
print(0.1, 0.30)  # expect: 0.1 0.3
print(1e-400)  # expect: 0.0
print(0e0, 00.5)  # expect: 0.0 0.5
