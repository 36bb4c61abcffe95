import numpy as np
np.random.seed(11)
print(np.random.normal(5, 2, 10).tolist())
print(np.random.normal(loc=-1.0, scale=0.5, size=(2, 3)).tolist())
print(np.random.normal())
print(np.random.normal(3))
print(np.random.normal([0, 10, 100], 1).tolist())
print(np.random.normal(0, [1, 2, 3], size=(2, 3)).tolist())
