import numpy as np
np.random.seed(0)
print(np.random.rand())
np.random.permutation(2.5)
print('not reached')
