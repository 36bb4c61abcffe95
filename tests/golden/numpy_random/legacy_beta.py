import numpy as np
np.random.seed(0)
print(np.random.beta(0.5, 0.5, 10).tolist())
print(np.random.beta(2, 3, 10).tolist())
print(np.random.beta(1, 1))
