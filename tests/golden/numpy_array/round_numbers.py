# np.round multiplies by 10**decimals, rounds half to even, divides.
import numpy as np

a = np.array([1.2345, 2.675, -0.125, 0.5, 1.5, 2.5, 1e-5])
print(np.round(a, 2), np.round(a), np.round(a, 3), np.around(a, 1))
print(repr(np.round(np.array([123.456, 987.654]), -1)))
print(np.round(np.arange(5) * 0.1 + 0.05, 1))
print(a.round(2), repr(np.round(np.float64(2.675), 2)), round(np.float64(2.5)), round(np.float64(2.675), 2))
f = np.array([1.2345, 2.675], dtype=np.float32)
print(repr(np.round(f, 2)), repr(np.round(np.float32(2.675), 2)))
print(repr(np.round(np.array([1, 2, 3]), 1)))
