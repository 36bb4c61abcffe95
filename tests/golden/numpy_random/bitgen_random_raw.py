import numpy as np
print(np.random.PCG64(0).random_raw(5).tolist())
print(np.random.MT19937(0).random_raw(3).tolist())
print(np.random.Philox(0).random_raw(3).tolist())
print(np.random.SFC64(0).random_raw(3).tolist())
print(np.random.PCG64(1).random_raw())
