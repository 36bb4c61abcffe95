# min/max/argmin/argmax with nan, and np.amax/np.amin.
import numpy as np

a = np.array([3.0, 1.0, 4.0, 1.0, 5.0])
print(a.min(), a.max(), a.argmin(), a.argmax(), np.amax(a), np.amin(a))
b = np.array([1.0, np.nan, 3.0])
print(b.max(), b.min(), b.argmax(), np.max(b))
c = np.array([[1, 9], [7, 3]])
print(c.max(axis=0), c.max(axis=1), c.argmax(axis=0), np.argmin(c, axis=1))
print(np.max(c, keepdims=True), c.min(axis=1, keepdims=True))
