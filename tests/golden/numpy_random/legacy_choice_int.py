import numpy as np
np.random.seed(0)
print(np.random.choice(10, 20).tolist())
print(np.random.choice(5))
print(np.random.choice(5, 3, replace=False).tolist())
print(np.random.choice(10, size=(2, 3)).tolist())
print(np.random.choice(10, 10, replace=False).tolist())
