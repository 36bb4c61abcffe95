# getrandbits(k) for k > 32 fills 32-bit words from least to most significant.
import random

random.seed(2)
for k in [33, 63, 64, 65, 96, 100, 128, 1000]:
    print(k, random.getrandbits(k))
random.seed(2)
lo = random.getrandbits(32)
hi = random.getrandbits(32)
random.seed(2)
print(random.getrandbits(64) == (hi << 32) | lo)
