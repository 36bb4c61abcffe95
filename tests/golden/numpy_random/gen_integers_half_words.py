# PCG64 serves 32-bit draws from halves of one 64-bit word, across calls
import numpy as np
rng = np.random.default_rng(9)
print(rng.integers(0, 10, 3).tolist())
print(rng.random())
print(rng.integers(0, 10, 1).tolist())
print(rng.integers(0, 10, 1).tolist())
print(rng.random(dtype=np.float32))
print(rng.standard_normal(dtype=np.float32))
print(rng.random())
