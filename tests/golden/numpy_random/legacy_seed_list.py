# a sequence seed goes through init_by_array
import numpy as np
np.random.seed([1, 2, 3])
print(np.random.rand(4).tolist())
np.random.seed(np.array([1, 2, 3]))
print(np.random.rand(4).tolist())
np.random.seed([0])
print(np.random.rand(2).tolist())
np.random.seed((4294967295, 0, 7))
print(np.random.randint(100, size=5).tolist())
