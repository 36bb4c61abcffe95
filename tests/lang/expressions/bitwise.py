# Bitwise operators on ints, including negatives and big ints.
print(12 & 10, 12 | 10, 12 ^ 10)  # expect: 8 14 6
print(1 << 10, 1024 >> 3, -16 >> 2)  # expect: 1024 128 -4
print(-5 & 0xFF, -1 ^ 5)  # expect: 251 -6
print(1 << 100)  # expect: 1267650600228229401496703205376
print((1 << 100) >> 98, (2 ** 70 - 1) & 0xFFFF)  # expect: 4 65535
print(True & False, True | False, True ^ True)  # expect: False True False
