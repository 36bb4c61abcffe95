import numpy as np
rng = np.random.default_rng(3)
print(rng.normal(5, 2, 10).tolist())
print(rng.normal())
print(rng.normal(loc=[0, 10], scale=1).tolist())
print(rng.uniform(-3, 5, 10).tolist())
print(rng.uniform())
print(rng.uniform(0, [1, 2, 3]).tolist())
