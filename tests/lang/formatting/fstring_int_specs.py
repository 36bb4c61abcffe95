# Integer format specs in f-strings.
n = 42
print(f"{n:5d}|{n:<5}|{n:^5}|{n:05d}|")  # expect:    42|42   | 42  |00042|
print(f"{n:x}|{n:X}|{n:#x}|{n:o}|{n:#o}|{n:b}|{n:#b}")  # expect: 2a|2A|0x2a|52|0o52|101010|0b101010
print(f"{n:+d}|{-n:d}|{n: d}|{-n:05d}")  # expect: +42|-42| 42|-0042
print(f"{1234567:,}|{1234567:_}|{255:_x}|{-1234:,}")  # expect: 1,234,567|1_234_567|ff|-1,234
print(f"{n:*^9}|{n:=+6}|{n:08.2f}|{n:.1%}")  # expect: ***42****|+   42|00042.00|4200.0%
print(f"{2 ** 70:,}")  # expect: 1,180,591,620,717,411,303,424
print(f"{True}|{True:d}|{False:>6}")  # expect: True|1|     0
print(f"{n:c}|{10:#06x}")  # expect: *|0x000a
