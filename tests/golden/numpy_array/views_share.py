# Slices are views: writing through them changes the original array.
import numpy as np

a = np.arange(10)
s = a[2:5]
s[0] = 99
print(a)
t = a.reshape(2, 5)
t[1, 1] = -1
print(a)
c = a.copy()
c[0] = 1000
print(a[0], c[0])
f = a.flatten()
f[1] = 55
print(a[1], f[1])
r = a.ravel()
r[1] = 77
print(a[1])
