# The switch to scientific notation: values < 1e-4, >= 1e8, or max/min > 1e3.
import numpy as np

print(np.array([1e-5, 1.0]))
print(np.array([1e8, 1.0]))
print(np.array([1e-4, 1.0]))
print(np.array([1.0, 1000.0]))
print(np.array([1.0, 1001.0]))
print(repr(np.array([1.5e10, -2.5e-3, 3.0])))
print(np.array([1e100, 1e-100]))
print(np.array([6.02214076e23, 1.602176634e-19, 9.1093837e-31]))
print(repr(np.array([1e-300, 1e300])))
