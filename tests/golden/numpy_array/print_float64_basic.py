# repr and str of float64 arrays: trimming, padding, negative values.
import numpy as np

print(np.array([1.5, 2.25, 3.0]))
print(repr(np.array([1.5, 2.25, 3.0])))
print(np.array([0.1, 0.2, 0.3]))
print(np.array([-1.0, 2.5, -3.125]))
print(repr(np.array([1.0, 2.0, 3.0])))
print(np.array([0.0, -0.0]))
print(repr(np.array([1 / 3, 2 / 3, 1.0])))
print(np.array([100.5, 2.0, 0.001]))
