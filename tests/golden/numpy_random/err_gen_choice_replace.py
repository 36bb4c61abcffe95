import numpy as np
np.random.seed(0)
print(np.random.rand())
np.random.default_rng(0).choice(5, 6, replace=False)
print('not reached')
