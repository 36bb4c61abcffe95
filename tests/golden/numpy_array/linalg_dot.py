# Matrix products of integers and of floats whose products are exact.
import numpy as np

a = np.array([[1, 2], [3, 4]])
b = np.array([[5, 6], [7, 8]])
print(a @ b, np.dot(a, b), np.matmul(a, b), a.dot(b))
v = np.array([1, 2])
print(a @ v, v @ a, v @ v, np.dot(v, v), np.dot(3, v))
f = np.array([[1.0, 0.5], [0.25, 2.0]])
print(f @ f, f @ np.array([2.0, 4.0]))
print(repr(np.array([[1.5, 2.5]], dtype=np.float32) @ np.array([[2.0], [4.0]], dtype=np.float32)))
