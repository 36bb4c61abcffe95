import numpy as np
np.random.seed(0)
print(np.random.rand())
np.random.shuffle(5)
print('not reached')
