# Integer reductions: sums of small int types accumulate in int64.
import numpy as np

a = np.array([100, 100, 100], dtype=np.int8)
print(repr(a.sum()), a.sum().dtype, repr(a.prod()), a.cumsum())
u = np.array([200, 200], dtype=np.uint8)
print(repr(u.sum()), u.sum().dtype, repr(u.max()), u.max().dtype)
b = np.array([True, True, False])
print(repr(b.sum()), b.sum().dtype, b.any(), b.all(), np.count_nonzero(b))
m = np.arange(12).reshape(3, 4)
print(m.sum(axis=0), m.prod(axis=1), m.cumsum(axis=1), m.cumprod())
print(m.argmax(), m.argmax(axis=0), m.argmin(axis=1), m.ptp(), np.ptp(m, axis=0))
