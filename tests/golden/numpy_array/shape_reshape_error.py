# Reshaping to an incompatible size raises NumPy's ValueError.
import numpy as np

a = np.arange(10)
print(a.reshape(2, 5))
a.reshape(3, 4)
