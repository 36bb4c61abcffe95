import numpy as np
rng = np.random.default_rng(1)
print(rng.choice(5, 10, p=[0.1, 0, 0.3, 0.6, 0]).tolist())
print(rng.choice(5, 3, replace=False, p=[0.1, 0, 0.3, 0.6, 0]).tolist())
print(rng.choice(4, p=[0.25, 0.25, 0.25, 0.25]))
