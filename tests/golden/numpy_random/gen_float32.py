import numpy as np
rng = np.random.default_rng(1)
print(rng.random(8, dtype=np.float32).tolist())
print(rng.random(dtype=np.float32))
print(rng.standard_normal(8, dtype=np.float32).tolist())
print(rng.standard_exponential(4, dtype=np.float32).tolist())
print(rng.random(3).tolist())
