import numpy as np
np.random.seed(0)
print(np.random.rand())
np.random.seed([])
print('not reached')
