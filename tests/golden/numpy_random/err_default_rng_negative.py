import numpy as np
np.random.seed(0)
print(np.random.rand())
np.random.default_rng(-1)
print('not reached')
