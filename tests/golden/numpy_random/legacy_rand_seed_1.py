# np.random.seed(1); rand: first 20, next 20, next 10 draws of the global RandomState
import numpy as np
np.random.seed(1)
print(np.random.rand(20).tolist())
print(np.random.rand(20).tolist())
print(np.random.rand(10).tolist())
