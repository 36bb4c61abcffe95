import numpy as np
rng = np.random.default_rng(0)
print(rng.binomial(10, 0.5, 20).tolist())
print(rng.binomial(100, 0.3, 20).tolist())
print(rng.binomial(1000, 0.7, 10).tolist())
print(rng.binomial(5, 0.0, 3).tolist(), rng.binomial(0, 0.5, 3).tolist())
print(rng.binomial(1, 0.5), rng.binomial(n=60, p=0.5))
