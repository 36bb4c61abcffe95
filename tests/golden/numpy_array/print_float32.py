# float32 arrays print the shortest digits of the float32 values.
import numpy as np

a = np.array([0.1, 0.2, 0.3], dtype=np.float32)
print(a)
print(repr(a))
print(a + np.float32(0.1))
print(repr(np.array([1 / 3], dtype=np.float32)))
print(repr(np.array([16777217.0, 1.0], dtype=np.float32)))
print(repr(np.array([1e-5, 3.0], dtype=np.float32)))
print(repr(np.arange(6, dtype=np.float32).reshape(2, 3) / 3))
