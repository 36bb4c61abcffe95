# Assigning a value that does not broadcast to the selection raises NumPy's ValueError.
# (The message of a + b with mismatched shapes ends in a space, so it is pinned in
# tests/engine/numpy_ndarray_test.cpp rather than here.)
import numpy as np

a = np.ones((2, 3))
print(a + np.ones(3))
a[0] = np.array([1.0, 2.0])
