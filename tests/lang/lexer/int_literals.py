# Integer literals: decimal, hex, octal, binary and digit separators.
print(0, 7, 1_000_000)  # expect: 0 7 1000000
print(0x1F, 0o17, 0b1011)  # expect: 31 15 11
print(0XFF, 0O7, 0B1)  # expect: 255 7 1
print(0x_ff, 0b_1010)  # expect: 255 10
print(123456789012345678901234567890)  # expect: 123456789012345678901234567890
print(00, 0_0)  # expect: 0 0
print(-0x10)  # expect: -16
