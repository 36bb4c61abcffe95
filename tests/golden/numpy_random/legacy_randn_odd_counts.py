# the cached second normal carries across calls of odd sizes
import numpy as np
np.random.seed(5)
print(np.random.randn(7).tolist())
print(np.random.randn())
print(np.random.randn(3).tolist())
print(np.random.standard_normal())
print(np.random.standard_normal(size=(2, 2)).tolist())
