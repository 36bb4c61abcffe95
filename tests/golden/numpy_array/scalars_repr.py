# NumPy scalars print like Python numbers in 1.24; float32 uses its own digits.
import numpy as np

print(np.float64(0.5), repr(np.float64(0.5)))
print(np.float32(0.1), repr(np.float32(0.1)))
print(np.float32(3.14159265), np.float32(1e-5), np.float32(1e16), np.float32(123456789.0))
print(np.int64(42), repr(np.int32(-7)), np.uint8(200), np.bool_(True), repr(np.bool_(False)))
print(np.float64(1e16), np.float64(1e-5), np.float64(-0.0), np.float64(1) / 3)
print(np.float32(0.3) + np.float32(0.6))
print([np.float64(1.5), np.float32(0.1), np.int64(3)])
print(np.float64("2.5"), np.int64("12"), np.float32(2), np.int32(2.9), np.int64(-2.9))
print(np.float32(np.inf), np.float64(np.nan), -np.float32(np.inf))
