import numpy as np
rng = np.random.default_rng(5)
x = np.arange(12).reshape(3, 4)
print(rng.permuted(x).tolist())
print(rng.permuted(x, axis=0).tolist())
print(rng.permuted(x, axis=1).tolist())
print(x.tolist())
print(rng.permuted([1, 2, 3, 4, 5]).tolist())
