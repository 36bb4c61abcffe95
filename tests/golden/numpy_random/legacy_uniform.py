import numpy as np
np.random.seed(8)
print(np.random.uniform(-3, 5, 10).tolist())
print(np.random.uniform())
print(np.random.uniform(low=2, high=3, size=5).tolist())
print(np.random.uniform(5, 2, 3).tolist())
print(np.random.uniform([0, 1], [1, 10]).tolist())
