# Arithmetic between NumPy scalars and Python numbers follows NumPy's promotion.
import numpy as np

print(np.float32(1.5) + 1.0, np.float32(1.5) + np.float32(1.0), np.float32(2) * 3)
print(np.int32(5) + 1, np.int8(100) + np.int8(27), np.uint8(3) - 1)
print(np.int64(7) / np.int64(2), np.int64(-7) // 2, np.int64(-7) % 3)
print(np.float64(-7.5) // 2, np.float64(-7.5) % 2, np.float64(7.5) % -2)
print(1 + np.float64(0.5), 2.0 * np.float32(0.25), 10 - np.int16(3))
print(np.float64(2) ** 10, np.int64(2) ** 10, np.float64(2) ** 0.5)
print(np.float64(0.1) + np.float64(0.2), np.float32(0.1) + np.float32(0.2))
print(np.float64(1.5) < 2, np.int32(3) == 3.0, np.float32(0.1) == 0.1)
print(abs(np.float64(-2.5)), -np.int64(4), +np.float32(1.25))
