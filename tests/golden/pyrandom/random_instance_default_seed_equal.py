# Random(x) is seeded exactly like random.seed(x).
import random

for s in [0, 1, 42, 2**40 + 17, -5, 31415926535897932384626433832795028841971693993751058209749445923078164062862089986280348253421170679821480865132823066470938446095505822317253594081284811174502841027019385211055596446229489549303819, "hello", b"bytes", 2.5]:
    random.seed(s)
    r = random.Random(s)
    a = [random.random() for _ in range(3)]
    b = [r.random() for _ in range(3)]
    print(repr(s)[:12], a == b, b[0])
