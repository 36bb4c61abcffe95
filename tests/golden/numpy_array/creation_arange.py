# np.arange with ints, floats, negative steps and dtypes.
import numpy as np

print(np.arange(5), np.arange(2, 8), np.arange(10, 0, -3))
print(repr(np.arange(0, 1, 0.1)))
print(repr(np.arange(0.5, 3.0, 0.5)), repr(np.arange(1, 2, 0.3)))
print(repr(np.arange(5, dtype=np.float32)), repr(np.arange(3, dtype=np.uint8)))
print(repr(np.arange(-1, 1, 0.25)), repr(np.arange(0, 5, 2.5)))
print(repr(np.arange(0.1, 0.5, 0.1)), len(np.arange(0, 1, 1 / 3)))
print(np.arange(0), np.arange(5, 1), repr(np.arange(3.0)))
