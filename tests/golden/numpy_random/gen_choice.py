import numpy as np
rng = np.random.default_rng(0)
print(rng.choice(10, 20).tolist())
print(rng.choice(5))
print(rng.choice(5, 3, replace=False).tolist())
print(rng.choice(10, 10, replace=False).tolist())
print(rng.choice(10, 5, replace=False, shuffle=False).tolist())
print(rng.choice([1.5, 2.5, 3.5], 4).tolist())
print(rng.choice(['x', 'y', 'z']))
