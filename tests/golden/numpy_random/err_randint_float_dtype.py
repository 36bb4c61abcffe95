import numpy as np
np.random.seed(0)
print(np.random.rand())
np.random.randint(5, dtype=float)
print('not reached')
