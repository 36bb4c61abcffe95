import numpy as np
np.random.seed(0)
print(np.random.gamma(0.5, 1.0, 10).tolist())
print(np.random.gamma(2.0, 2.0, 10).tolist())
print(np.random.gamma(1.0))
print(np.random.gamma(shape=9, scale=0.5, size=5).tolist())
print(np.random.standard_gamma(3, 4).tolist())
