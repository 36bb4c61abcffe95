# np.set_printoptions(precision=...) and restoring the defaults.
import numpy as np

a = np.array([3.14159265, 2.71828183, 1.41421356])
np.set_printoptions(precision=3)
print(a, repr(a))
np.set_printoptions(precision=0)
print(a)
np.set_printoptions(precision=12)
print(a / 7)
np.set_printoptions(precision=8)
print(a / 7)
print(np.get_printoptions())
