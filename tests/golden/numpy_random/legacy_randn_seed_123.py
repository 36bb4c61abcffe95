# randn: polar Box-Muller with a cached second value, first 20 / next 20 / next 10
import numpy as np
np.random.seed(123)
print(np.random.randn(20).tolist())
print(np.random.randn(20).tolist())
print(np.random.randn(10).tolist())
