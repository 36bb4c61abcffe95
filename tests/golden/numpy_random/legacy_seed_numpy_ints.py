import numpy as np
np.random.seed(np.int64(5))
print(np.random.rand(3).tolist())
np.random.seed(True)
print(np.random.rand(2).tolist())
np.random.seed(np.uint32(4000000000))
print(np.random.rand(2).tolist())
