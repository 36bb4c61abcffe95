# Out-of-bounds indices raise NumPy's IndexError.
import numpy as np

a = np.arange(5)
print(a[4], a[-5])
print(a[5])
