# Item and slice assignment, with broadcasting and casting to the array's dtype.
import numpy as np

a = np.zeros((3, 4))
a[0, 0] = 1.5
a[1] = 2
a[:, 3] = [7, 8, 9]
a[2, 1:3] = np.array([4.25, 5.5])
print(a)
b = np.arange(6)
b[b > 2] = 0
b[0] = 9.7
b[[1, 2]] = -1
print(b)
c = np.arange(9).reshape(3, 3)
c[0][1] = 100
row = c[2]
row[:] = 5
print(c)
d = np.ones(4, dtype=np.float32)
d[1:3] = 0.1
print(d, repr(d))
