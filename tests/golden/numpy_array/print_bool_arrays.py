# Boolean arrays pad True with a space so columns line up.
import numpy as np

a = np.array([True, False, True])
print(a)
print(repr(a))
print(repr(np.array([[True], [False]])))
print(np.array(True), repr(np.array(False)))
print(repr(np.array([], dtype=bool)))
print(np.arange(5) > 2)
