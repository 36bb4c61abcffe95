# Division, floor division and remainder with NumPy's sign rules.
import numpy as np

a = np.array([7, -7, 7, -7])
b = np.array([2, 2, -2, -2])
print(a / b, a // b, a % b)
f = np.array([7.5, -7.5, 7.5, -7.5])
print(f // b, f % b, f / b)
print(np.array([1.0, -1.0, 0.0]) / 0.0)
print(np.array([5, -5]) // 0, np.array([5, -5]) % 0)
print(np.array([0.1, 0.7]) % 0.2, np.array([-0.1]) // 0.03)
print(np.floor_divide(10, 3), np.remainder(-10, 3), np.mod(10.5, 3))
