import numpy as np
np.random.seed(0)
print(np.random.rand())
np.random.choice(5, 6, replace=False)
print('not reached')
