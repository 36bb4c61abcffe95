# An in-place operation whose result does not cast to the array's dtype fails.
import numpy as np

a = np.arange(3)
print(a)
a += 1.5
print(a)
