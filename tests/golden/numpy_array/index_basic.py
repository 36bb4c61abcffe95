# Basic indexing: ints, negative ints, slices, steps, None and Ellipsis.
import numpy as np

a = np.arange(24).reshape(4, 6)
print(a[0], a[-1], a[1, 2], a[-1, -1])
print(a[1:3], a[:, 1], a[::2, ::3], a[::-1, 0])
print(a[1:3, 2:5])
print(a[None, 0].shape, a[:, None].shape, a[..., 0], a[0, ...])
print(a[2][3], a[-2:, -2:])
v = np.arange(10)
print(v[2:8:2], v[::-2], v[-3:], v[:0], v[5:2])
