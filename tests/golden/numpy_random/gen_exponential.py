import numpy as np
rng = np.random.default_rng(0)
print(rng.exponential(size=10).tolist())
print(rng.exponential(2.5, 10).tolist())
print(rng.exponential())
print(rng.standard_exponential(5).tolist())
print(rng.standard_exponential(5, method='inv').tolist())
