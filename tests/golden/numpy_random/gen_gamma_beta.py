import numpy as np
rng = np.random.default_rng(0)
print(rng.gamma(0.5, 1.0, 10).tolist())
print(rng.gamma(2.0, 2.0, 10).tolist())
print(rng.gamma(1.0))
print(rng.standard_gamma(3, 4).tolist())
print(rng.beta(0.5, 0.5, 5).tolist())
print(rng.beta(2, 3, 5).tolist())
