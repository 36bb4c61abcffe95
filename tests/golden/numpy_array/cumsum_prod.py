# Cumulative sums and products.
import numpy as np

a = np.array([0.1, 0.2, 0.3, 0.4])
print(repr(np.cumsum(a)), repr(np.cumprod(a)))
m = np.arange(1, 7).reshape(2, 3)
print(np.cumsum(m), np.cumsum(m, axis=0), np.cumprod(m, axis=1))
print(repr(np.cumsum(np.array([1, 2], dtype=np.int8))))
print(repr(np.arange(1, 6, dtype=np.float32).cumprod()))
