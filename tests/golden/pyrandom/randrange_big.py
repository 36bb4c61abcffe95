# randrange over ranges wider than 64 bits uses getrandbits with rejection on big ints.
import random

random.seed(123)
print([random.randrange(2**64) for _ in range(5)])
print([random.randrange(2**64 + 1) for _ in range(5)])
print([random.randrange(10**30, 10**31) for _ in range(5)])
print([random.randrange(-(10**40), 10**40, 3) for _ in range(5)])
print(random.randrange(2**200))
