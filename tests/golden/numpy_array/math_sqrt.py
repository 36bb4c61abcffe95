# np.sqrt is correctly rounded for float64 and float32.
import numpy as np

a = np.arange(10, dtype=np.float64)
print(np.sqrt(a))
print(repr(np.sqrt(np.array([2.0, 3.0, 0.5]))))
print(np.sqrt(2.0), np.sqrt(np.float32(2.0)), repr(np.sqrt(np.array([2, 3], dtype=np.float32))))
print(np.sqrt(np.array([-1.0, 0.0, np.inf])))
for v in np.sqrt(np.arange(1, 6)):
    print(repr(v))
