# concatenate, stack, vstack, hstack.
import numpy as np

a = np.array([[1, 2], [3, 4]])
b = np.array([[5, 6]])
print(np.concatenate((a, b)), np.concatenate([a, b.T], axis=1), np.concatenate([a, b], axis=None))
print(np.stack([a, a]), np.stack([a, a], axis=2).shape, np.stack([[1, 2], [3, 4]], axis=-1))
print(np.vstack([a, b]), np.vstack([[1, 2], [3, 4]]), np.hstack([a, a]), np.hstack([[1], [2, 3]]))
print(repr(np.concatenate([np.arange(2), np.arange(2.0)])), repr(np.concatenate([np.zeros(2, np.float32), np.ones(1, np.int8)])))
