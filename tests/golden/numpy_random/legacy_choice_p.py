import numpy as np
np.random.seed(1)
print(np.random.choice(5, 10, p=[0.1, 0, 0.3, 0.6, 0]).tolist())
print(np.random.choice(5, 3, replace=False, p=[0.1, 0, 0.3, 0.6, 0]).tolist())
print(np.random.choice(4, p=[0.25, 0.25, 0.25, 0.25]))
print(np.random.choice([10, 20, 30], 6, p=[0.5, 0.3, 0.2]).tolist())
