# Arrays larger than the threshold (1000) are summarised with '...'.
import numpy as np

a = np.arange(2000)
print(a)
print(repr(a))
b = np.arange(3000, dtype=np.float64).reshape(30, 100) / 7
print(b)
print(repr(b))
c = np.zeros((10, 10, 11))
print(repr(c))
