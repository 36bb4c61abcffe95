import numpy as np
np.random.seed(0)
print(np.random.rand())
np.random.seed(2**32)
print('not reached')
