import numpy as np
np.random.seed(0)
print(np.random.rand())
np.random.choice(3, p=[0.5, 0.2, 0.2])
print('not reached')
