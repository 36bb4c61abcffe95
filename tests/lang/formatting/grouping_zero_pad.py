# Thousands separators inside zero padding, and '_' every four hex digits.
print(format(1234, "08,"), format(1234, "010,"), format(-1234, "010,"))  # expect: 0,001,234 00,001,234 -0,001,234
print(format(65535, "#012_x"), format(2 ** 20, "_x"), format(1234.5, "012,.1f"))  # expect: 0x0_0000_ffff 10_0000 00,001,234.5
print(format(1234567, ">+12,"), format(-10, "#06x"), format(42, "<08"))  # expect:   +1,234,567 -0x00a 42000000
print(format(12.0, ".3"), format(100.0, ".3"), format(12345.0, ".4"))  # expect: 12.0 1e+02 1.234e+04
print(format("ab", "08"), format(3, "=^5"), format(True, "^6") + "|")  # expect: ab000000 ==3==   1   |
