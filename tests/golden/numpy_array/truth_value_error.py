# Using a multi-element array as a condition raises NumPy's ValueError.
import numpy as np

a = np.array([1, 2, 3])
if a[0]:
    print("first is truthy")
if a > 1:
    print("unreachable")
