# getrandbits(k) for k <= 32 takes one 32-bit word and keeps its top k bits.
import random

random.seed(1)
for k in [0, 1, 2, 3, 7, 8, 16, 31, 32]:
    print(k, [random.getrandbits(k) for _ in range(6)])
