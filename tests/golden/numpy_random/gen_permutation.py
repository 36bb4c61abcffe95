import numpy as np
rng = np.random.default_rng(42)
print(rng.permutation(10).tolist())
print(rng.permutation([1, 4, 9, 12, 15]).tolist())
print(rng.permutation(np.arange(9).reshape(3, 3)).tolist())
print(rng.permutation(np.arange(6).reshape(2, 3), axis=1).tolist())
