# Lemire's method; int64 ranges that fit in 32 bits draw 32-bit halves
import numpy as np
rng = np.random.default_rng(5)
print(rng.integers(10, size=20).tolist())
print(rng.integers(5, 15, size=(2, 5)).tolist())
print(rng.integers(0, 10, 10, endpoint=True).tolist())
print(rng.integers(3), rng.integers(-5, 5), rng.integers(1, 6, endpoint=True))
print(rng.integers(0, 2**40, 4).tolist())
print(rng.integers(-2**63, 2**63 - 1, 2).tolist())
