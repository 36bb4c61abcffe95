import numpy as np
rng = np.random.default_rng(3)
X = np.arange(12).reshape(4, 3)
print(rng.choice(X, 2).tolist())
print(rng.choice(X, 3, replace=False).tolist())
print(rng.choice(X).tolist())
