import numpy as np
bg = np.random.PCG64(0)
print(bg.jumped().random_raw(2).tolist())
print(bg.random_raw(2).tolist())
bg.advance(10)
print(bg.random_raw(2).tolist())
print(np.random.Philox(0).jumped(2).random_raw(2).tolist())
print(np.random.MT19937(0).jumped().random_raw(2).tolist())
