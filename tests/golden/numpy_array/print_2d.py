# Two-dimensional arrays: one row per line, aligned under "array([".
import numpy as np

a = np.arange(12).reshape(3, 4)
print(a)
print(repr(a))
b = np.array([[1.5, -2.0], [3.25, 4.0]])
print(b)
print(repr(b))
print(repr(np.array([[1, 2], [3, 4]], dtype=np.float32)))
print(repr(np.zeros((2, 0))))
print(repr(np.ones((1, 5))))
