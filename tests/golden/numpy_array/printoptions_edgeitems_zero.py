# edgeitems=0 (a fuzzer finding): NumPy formats with the whole array, a[-0:], and
# still prints the last element of every axis.
import numpy as np
np.set_printoptions(threshold=5, edgeitems=0)
print(np.array([1000, 1, 2, 3, 4, 5, 7]))
print(np.array([[1.5, 2.25, 1000.125], [1, 2, 3], [4, 5, 6.5]]))
print(repr(np.arange(10.0)))
print(np.arange(20).reshape(4, 5))
