# divmod and pow, including modular inverse.
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2))  # expect: (3, 1) (-4, 1) (-4, -1)
print(divmod(7.5, 2), divmod(-7.5, 2))  # expect: (3.0, 1.5) (-4.0, 0.5)
print(pow(2, 10), pow(2, 100), pow(2, -2))  # expect: 1024 1267650600228229401496703205376 0.25
print(pow(2, 10, 1000), pow(3, 200, 13), pow(3, -1, 7))  # expect: 24 9 5
print(pow(2.0, 3), pow(-2, 3), pow(0, 0))  # expect: 8.0 -8 1
print(pow(5, 3, -7), pow(-5, 3, 7), pow(38, -2, 97))  # expect: -1 1 44
