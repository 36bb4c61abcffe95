# Fixed-width integers wrap around silently (NumPy only warns on stderr for scalars).
import numpy as np

a = np.array([100, 120, -128], dtype=np.int8)
print(repr(a + a), repr(a * 3), repr(-a), repr(abs(a)))
u = np.array([0, 1, 255], dtype=np.uint8)
print(repr(u - 1), repr(u + u), repr(u * u), repr(np.uint8(250) + np.uint8(10)))
i = np.array([2**62, -2**63], dtype=np.int64)
print(repr(i * 2), repr(i + i), repr(i // -1))
print(repr(np.array([2, 3], dtype=np.int16) ** 15), repr(np.cumprod(np.arange(1, 25))))
