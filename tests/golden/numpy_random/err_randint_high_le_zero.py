import numpy as np
np.random.seed(0)
print(np.random.rand())
np.random.randint(0)
print('not reached')
