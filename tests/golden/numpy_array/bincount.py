# np.bincount: counts per non-negative int, minlength pads, weights sum in order.
import numpy as np
print(np.bincount(np.array([0, 1, 1, 3, 2, 1, 7])))
print(np.bincount([1, 1, 2], minlength=6))
print(np.bincount(np.array([0, 1, 1, 2]), weights=[0.5, 0.25, 0.1, 1.0]))
print(np.bincount([]))
print(np.bincount(np.array([True, False, True])))
