import numpy as np
np.random.seed(0)
print(np.random.rand())
np.random.binomial(5, 1.5)
print('not reached')
