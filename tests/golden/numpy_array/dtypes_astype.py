# dtype objects, astype conversions and scalar type constructors.
import numpy as np

a = np.array([1.7, -2.2, 3.9])
print(repr(a.astype(np.int32)), repr(a.astype(np.float32)), repr(a.astype(bool)), repr(a.astype("uint8")))
print(a.dtype, repr(a.dtype), a.dtype.name, a.dtype.itemsize, a.dtype.kind, np.dtype("float32"), np.dtype(int))
print(np.float32, np.int64, np.dtype(np.float64) == np.float64, np.float64 == np.float64)
print(np.float32([1, 2]), repr(np.int8([1, 300 - 256])), np.uint8(7), np.bool_(0))
print(repr(np.array([1, 2], dtype="f4")), repr(np.array([1, 2], dtype="int16")), repr(np.array([0, 3], dtype=bool)))
print(isinstance(a, np.ndarray), isinstance(a[0], np.float64), isinstance(np.float32(1), np.float32))
