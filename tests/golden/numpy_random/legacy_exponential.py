import numpy as np
np.random.seed(0)
print(np.random.exponential(size=10).tolist())
print(np.random.exponential(2.5, 10).tolist())
print(np.random.exponential())
print(np.random.standard_exponential(5).tolist())
