# Three- and four-dimensional arrays: blank lines between blocks.
import numpy as np

a = np.arange(24).reshape(2, 3, 4)
print(a)
print(repr(a))
b = np.arange(16, dtype=np.float64).reshape(2, 2, 2, 2) / 4
print(b)
print(repr(b))
