import numpy as np
np.random.seed(0)
print(np.random.poisson(3, 20).tolist())
print(np.random.poisson(50, 10).tolist())
print(np.random.poisson(0.5), np.random.poisson(), np.random.poisson(1000))
print(np.random.poisson(lam=[1, 10, 100]).tolist())
print(np.random.poisson(0, 3).tolist())
