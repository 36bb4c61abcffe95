import numpy as np
np.random.seed(0)
print(np.random.rand())
np.random.randint(0, 256, dtype=np.int8)
print('not reached')
