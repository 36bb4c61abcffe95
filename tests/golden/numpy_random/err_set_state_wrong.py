import numpy as np
np.random.seed(0)
print(np.random.rand())
np.random.set_state(('PCG64', [], 0))
print('not reached')
