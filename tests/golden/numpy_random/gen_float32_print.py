import numpy as np
rng = np.random.default_rng(2)
a = rng.random(4, dtype=np.float32)
print(a.dtype)
print(a)
