# np.where, np.clip, np.nonzero.
import numpy as np

a = np.arange(-3, 4)
print(np.where(a > 0, a, 0), np.where(a % 2 == 0, 1.5, -1), np.where(a > 0))
print(np.clip(a, -1, 2), a.clip(0, None), np.clip(a * 0.5, -1, 1))
print(np.nonzero(np.array([[0, 1], [2, 0]])))
f = np.array([1.5, 2.5], dtype=np.float32)
print(repr(np.where(f > 2, f, 0)), repr(np.clip(f, 0, 2)))
