# Powers: integer powers stay integer; float ** 2 and ** 0.5 use NumPy's fast paths.
import numpy as np

a = np.arange(5)
print(a ** 2, a ** 3, 2 ** a)
f = np.array([1.5, 2.0, 3.0])
print(f ** 2, f ** 0.5, f ** -1, f ** 3, f ** 1.5)
print(np.power(f, 2), np.power(2.0, f), np.square(f))
print(np.array([2, 3], dtype=np.int8) ** 7)
print(np.float32(2.0) ** 2, np.array([1.5], dtype=np.float32) ** 2)
