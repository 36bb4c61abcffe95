# f-strings and format() of NumPy scalars.
import numpy as np

x = np.float64(2 / 3)
y = np.float32(2 / 3)
print(f"{x:.3f} {x:.10e} {x:10.4f}|")
print(f"{y:.3f} {y:.12f}")
print(f"{np.int64(42):5d} {np.int32(7):03d} {np.int64(255):x}")
print("%.2f %d" % (x, np.int64(5)))
print("value=" + str(x), "value=" + str(y))
print(f"{x!r} {y!r}")
print(format(np.float64(1234.5678), ",.2f"))
