# suppress=True prints small numbers in fixed notation.
import numpy as np

a = np.array([1e-10, 1.5, 1000.25])
print(a)
np.set_printoptions(suppress=True)
print(a)
print(np.array([1e-5, 1e5]))
print(np.array([1e9, 1.0]))
np.set_printoptions(suppress=False)
print(a)
