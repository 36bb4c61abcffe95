import numpy as np
np.random.seed(42)
print(np.random.permutation(10).tolist())
print(np.random.permutation([1, 4, 9, 12, 15]).tolist())
print(np.random.permutation(np.arange(9).reshape(3, 3)).tolist())
idx = np.random.permutation(100)
print(idx[:10].tolist())
