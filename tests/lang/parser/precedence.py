# Operator precedence and associativity.
print(2 + 3 * 4 ** 2)  # expect: 50
print(-2 ** 2, (-2) ** 2)  # expect: -4 4
print(2 ** 3 ** 2)  # expect: 512
print(10 - 4 - 3, 100 / 10 / 5)  # expect: 3 2.0
print(not 1 == 2)  # expect: True
print(1 | 2 & 3 ^ 4)  # expect: 7
print(1 << 2 + 1, 64 >> 1 + 1)  # expect: 8 16
print(-3 % 5, -(3 % 5))  # expect: 2 -3
print(True or False and False)  # expect: True
print(not True or True)  # expect: True
print(2 * -3, 2 - -3, ~5 + 1)  # expect: -6 5 -5
