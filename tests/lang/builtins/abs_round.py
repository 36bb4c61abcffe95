# abs and round, including round-half-to-even.
print(abs(-3), abs(2.5), abs(-0.0), abs(True))  # expect: 3 2.5 0.0 1
print(round(2.5), round(3.5), round(-0.5), round(0.5))  # expect: 2 4 0 0
print(round(2.675, 2), round(1.005, 2), round(0.125, 2))  # expect: 2.67 1.0 0.12
print(round(3.14159, 3), round(5.0), round(7.6, 0))  # expect: 3.142 5 8.0
print(round(1234, -2), round(1250, -2), round(1350, -2))  # expect: 1200 1200 1400
print(round(12345.678, -2), round(-2.5))  # expect: 12300.0 -2
print(round(7, 2), round(2 ** 70 + 0.0))  # expect: 7 1180591620717411303424
