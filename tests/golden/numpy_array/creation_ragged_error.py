# Ragged nested lists raise NumPy's ValueError.
import numpy as np

print(np.array([[1, 2], [3, 4]]))
np.array([[1, 2], [3]])
