import numpy as np
np.random.seed(0)
print(np.random.rand())
np.random.uniform(0, float('inf'))
print('not reached')
