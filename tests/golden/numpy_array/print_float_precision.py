# Values with more digits than precision=8 are rounded and trimmed (maxprec).
import numpy as np

print(np.array([3.141592653589793, 2.718281828459045]))
print(np.array([0.123456789123, 1.0]))
print(repr(np.array([1.23456789e-3, 5.0])))
print(np.array([12345.6789012345, 0.5]))
print(np.array([0.999999999, 1.0000000001]))
print(np.array([1e-9, 1.0]))
