# chr, ord, hex, bin and oct.
print(chr(65), chr(233), ord("a"), ord("€"))  # expect: A é 97 8364
print(hex(255), hex(-255), bin(5), oct(8))  # expect: 0xff -0xff 0b101 0o10
print(hex(2 ** 64), bin(0), oct(-9))  # expect: 0x10000000000000000 0b0 -0o11
