# Float arithmetic and its rounding.
print(0.1 + 0.2)  # expect: 0.30000000000000004
print(1.1 * 3)  # expect: 3.3000000000000003
print(3 * 0.1, 0.1 * 3 == 0.3)  # expect: 0.30000000000000004 False
print(7.5 // 2, 7.5 % 2)  # expect: 3.0 1.5
print(-7.5 // 2, -7.5 % 2)  # expect: -4.0 0.5
print(7.5 % -2, 5 % 2.5)  # expect: -0.5 0.0
print(-0.0 + 0.0, -0.0 * 1)  # expect: 0.0 -0.0
print(1e308 * 10, -1e308 * 10)  # expect: inf -inf
print(2.5 - 1, 1 + 1.0)  # expect: 1.5 2.0
