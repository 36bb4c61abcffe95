# Reductions along axes, with keepdims.
import numpy as np

a = np.arange(24, dtype=np.float64).reshape(2, 3, 4) / 3
print(repr(a.sum(axis=0)))
print(repr(a.sum(axis=1)))
print(repr(a.sum(axis=2)))
print(repr(a.sum(axis=(0, 2))))
print(repr(a.sum(axis=-1, keepdims=True)))
print(repr(a.mean(axis=1)), repr(a.max(axis=2)), repr(a.min(axis=0)))
print(repr(a.T.sum(axis=0)), repr(a.T.sum()))
print(repr(np.sum(a, axis=(1, 2))))
