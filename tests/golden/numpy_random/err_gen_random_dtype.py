import numpy as np
np.random.seed(0)
print(np.random.rand())
np.random.default_rng(0).random(dtype=np.int32)
print('not reached')
