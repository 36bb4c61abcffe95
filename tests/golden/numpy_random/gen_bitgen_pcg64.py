# Generator(PCG64(seed)): the same samplers over another bit generator
import numpy as np
rng = np.random.Generator(np.random.PCG64(12345))
print(rng.random(10).tolist())
print(rng.standard_normal(10).tolist())
print(rng.integers(0, 100, 10).tolist())
print(rng.integers(0, 100, 5, dtype=np.uint8).tolist())
print(rng.random(dtype=np.float32), rng.exponential())
print(rng.choice(10, 4, replace=False).tolist())
print(rng)
