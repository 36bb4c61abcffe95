# Methods of int and float.
print((10).bit_length(), (-10).bit_length())  # expect: 4 4
print((3.0).is_integer(), (3.5).is_integer())  # expect: True False
print((7).real, (2.5).real, (5).imag)  # expect: 7 2.5 0
print((0.5).as_integer_ratio(), (6).as_integer_ratio())  # expect: (1, 2) (6, 1)
print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "big"))  # expect: b'\x00\xff' 256
