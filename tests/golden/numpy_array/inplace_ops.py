# In-place operators modify the array (and its views) and keep its dtype.
import numpy as np

a = np.arange(5, dtype=np.float64)
b = a
a += 1
a *= 2.5
print(a, b)
v = a[1:3]
v -= 100
print(a)
i = np.arange(4)
i += 3
i //= 2
i **= 2
print(i, i.dtype)
f = np.ones(3, dtype=np.float32)
f /= 3
print(repr(f))
m = np.zeros((2, 3))
m += np.array([1.0, 2.0, 3.0])
print(m)
