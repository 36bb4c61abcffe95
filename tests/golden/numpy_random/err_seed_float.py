import numpy as np
np.random.seed(0)
print(np.random.rand())
np.random.seed(1.5)
print('not reached')
