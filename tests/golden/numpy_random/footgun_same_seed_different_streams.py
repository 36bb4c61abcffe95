# the same seed 0 gives different numbers in the legacy and the new API
import numpy as np
np.random.seed(0)
print(np.random.randint(0, 10, 5).tolist())
print(np.random.default_rng(0).integers(0, 10, 5).tolist())
print(np.random.RandomState(0).randint(0, 10, 5).tolist())
print(np.random.Generator(np.random.MT19937(0)).integers(0, 10, 5).tolist())
