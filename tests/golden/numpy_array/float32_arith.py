# float32 arithmetic stays float32 (values print with float32 digits).
import numpy as np

a = np.array([1.0, 2.0, 3.0], dtype=np.float32)
print(repr(a / 3), repr(a / 7 * 7), repr(a ** 0.5), repr(1 / a))
b = a * np.float32(0.1)
print(repr(b), repr(b.sum()), repr(b.mean()), repr(b.std()))
print(repr(a / np.float32(3)), repr(np.float32(1) / np.float32(3)), repr(a[0] / 3))
print(repr(np.float32(16777216.0) + np.float32(1.0)), repr(np.array([0.1], np.float32) + np.array([0.2], np.float32)))
print(repr(a - np.float64(0.1)), repr(a - 0.1), repr(a.astype(np.float64) - 0.1))
