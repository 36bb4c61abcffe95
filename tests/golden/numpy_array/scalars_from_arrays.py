# Indexing an array gives NumPy scalars of its dtype.
import numpy as np

a = np.array([1.5, 2.25])
x = a[0]
print(x, repr(x), x.dtype, x * 2, x + 0.25)
f = np.array([0.1, 0.7], dtype=np.float32)
print(f[0], f[1], f[0] + f[1], f[0] * 3, f.sum())
i = np.array([10, 20], dtype=np.int32)
print(i[0], i[1] // 3, i[0] / 4, -i[1], i[0] ** 2)
b = np.array([True, False])
print(b[0], b[1], not b[1])
print(float(f[0]), int(a[1]), a[0].item(), f[0].item())
