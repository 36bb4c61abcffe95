import numpy as np
np.random.seed(0)
print(np.random.binomial(10, 0.5, 20).tolist())
print(np.random.binomial(100, 0.3, 20).tolist())
print(np.random.binomial(1000, 0.7, 10).tolist())
print(np.random.binomial(5, 0.0, 3).tolist(), np.random.binomial(0, 0.5, 3).tolist())
print(np.random.binomial(1, 0.5), np.random.binomial(n=60, p=0.5))
print(np.random.binomial([1, 10, 100], 0.5).tolist())
