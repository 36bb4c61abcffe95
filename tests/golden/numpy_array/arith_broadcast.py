# Elementwise arithmetic with broadcasting.
import numpy as np

a = np.arange(6).reshape(2, 3)
b = np.array([10, 20, 30])
c = np.array([[1], [2]])
print(a + b)
print(a * c)
print(a - 1)
print(2 * a)
print(a / b)
print(c + b)
print(np.ones((2, 1, 3)) + np.arange(4).reshape(4, 1))
print((np.arange(3) + np.arange(3)[:, None]).shape)
