# np.random.seed seeds only the legacy global RandomState, never default_rng
import numpy as np
np.random.seed(0)
rng = np.random.default_rng(0)
print(np.random.rand(3).tolist())
print(rng.random(3).tolist())
np.random.seed(0)
print(rng.random(3).tolist())
print(np.random.rand(3).tolist())
