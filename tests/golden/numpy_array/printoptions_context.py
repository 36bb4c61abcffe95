# The np.printoptions context manager restores the options on exit.
import numpy as np

a = np.array([1 / 3, 2 / 3])
with np.printoptions(precision=2, suppress=True):
    print(a)
print(a)
print(np.array2string(a, precision=3, separator=", "))
print(np.array_repr(np.arange(3)), np.array_str(np.array([0.5, 1.5])))
