import numpy as np
rng = np.random.default_rng(0)
print(rng.poisson(3, 20).tolist())
print(rng.poisson(50, 10).tolist())
print(rng.poisson(0.5), rng.poisson(), rng.poisson(1000))
print(rng.poisson([1, 10, 100]).tolist())
