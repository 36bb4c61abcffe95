# _randbelow(n) draws n.bit_length() bits, so n = 2**k rejects up to half the time.
import random

random.seed(9)
for n in [1, 2, 3, 4, 5, 7, 8, 9, 16, 17, 31, 32, 33, 2**31, 2**32, 2**32 + 1, 2**63, 2**64 - 1]:
    print(n, [random.randrange(n) for _ in range(4)])
