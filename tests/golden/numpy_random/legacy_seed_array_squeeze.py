# seed() squeezes arrays: np.array([5]) seeds like 5, the list [5] like init_by_array
import numpy as np
np.random.seed(np.array([5]))
print(np.random.rand())
np.random.seed(5)
print(np.random.rand())
np.random.seed([5])
print(np.random.rand())
np.random.seed(np.array([[1, 2]]))
print(np.random.rand())
np.random.seed([1, 2])
print(np.random.rand())
