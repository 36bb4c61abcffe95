# Advanced indexing: integer arrays, lists and boolean masks.
import numpy as np

a = np.arange(12).reshape(3, 4) * 10
print(a[[0, 2]])
print(a[[0, 2], [1, 3]])
print(a[:, [3, 0]])
print(a[1, [0, 1, 1]])
print(a[a > 50])
print(a[[True, False, True]])
print(a[np.array([2, 0])][:, 1:3])
v = np.arange(5) ** 2
print(v[[4, 0, -1]], v[v % 2 == 0], v[np.array([], dtype=int)])
print(a[[[0], [2]], [1, 2]])
