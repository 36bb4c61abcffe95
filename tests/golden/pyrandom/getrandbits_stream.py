# Consecutive getrandbits(32) calls: first 20, next 20, next 10.
import random

random.seed(0)
print([random.getrandbits(32) for _ in range(20)])
print([random.getrandbits(32) for _ in range(20)])
print([random.getrandbits(32) for _ in range(10)])
