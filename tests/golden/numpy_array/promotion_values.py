# NumPy 1.24's value-based casting: Python scalars adapt to the array's dtype.
import numpy as np

i8 = np.array([1, 2], dtype=np.int8)
u8 = np.array([1, 2], dtype=np.uint8)
f32 = np.array([1.5, 2.5], dtype=np.float32)
print(repr(i8 + 5), repr(i8 + 200), repr(i8 + 1000), repr(i8 * 2.5))
print(repr(u8 - 2), repr(u8 + (-1)), repr(u8 + 300), repr(u8 + 300.5))
print(repr(f32 + 1), repr(f32 * 2.5), repr(f32 + 1e300), repr(f32 + np.float64(2.5)))
print(repr(f32 + np.array([1.0])), repr(i8 + np.array([1], dtype=np.int16)))
print(repr(np.array([True, False]) + 5), repr(np.array([True]) + np.array([True])))
print(repr(i8 + np.int64(3)), repr(u8 + np.float32(300.5)))
print(repr(np.array([1], dtype=np.uint64) + (-1)), repr(np.array([1], dtype=np.int64) + np.uint64(1)))
print(repr(np.array([1], dtype=np.uint32) + np.array([1], dtype=np.int32)))
