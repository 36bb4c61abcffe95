# shuffle moves whole rows of a 2-D array
import numpy as np
np.random.seed(0)
a = np.arange(12).reshape(4, 3)
np.random.shuffle(a)
print(a.tolist())
np.random.shuffle(a)
print(a.tolist())
print(a)
