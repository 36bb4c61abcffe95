# randbytes(n) = getrandbits(8 * n).to_bytes(n, 'little').
import random

random.seed(31)
print(random.randbytes(0), random.randbytes(1), random.randbytes(4), random.randbytes(5))
print(random.randbytes(16))
print(random.randbytes(33))
