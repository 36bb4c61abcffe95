import numpy as np
np.random.seed(0)
print(np.random.rand())
np.random.choice(5, p=[0.1, 0.2])
print('not reached')
