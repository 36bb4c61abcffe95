# Floor division and modulo round toward negative infinity.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2)]:
    print(a // b, a % b, divmod(a, b))
# expect: 3 1 (3, 1)
# expect: -4 1 (-4, 1)
# expect: -4 -1 (-4, -1)
# expect: 3 -1 (3, -1)
print(-(10 ** 20) // 3, -(10 ** 20) % 3)  # expect: -33333333333333333334 2
print(-7 // 2.0, -7 % 2.0, 7 // -2.0)  # expect: -4.0 1.0 -4.0
print(-1 // 10, -1 % 10)  # expect: -1 9
