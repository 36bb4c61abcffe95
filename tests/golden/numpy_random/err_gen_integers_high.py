import numpy as np
np.random.seed(0)
print(np.random.rand())
np.random.default_rng(0).integers(0)
print('not reached')
