# float32 reductions accumulate in float32 (pairwise) and print float32 digits.
import numpy as np

a = (np.arange(1000, dtype=np.float32) / 3).astype(np.float32)
print(repr(a.sum()), repr(a.mean()), repr(a.max()))
b = np.array([0.1] * 10, dtype=np.float32)
print(repr(b.sum()), repr(b.mean()), repr(np.sum(b, dtype=np.float64)))
c = np.arange(12, dtype=np.float32).reshape(3, 4) / 7
print(repr(c.sum(axis=0)), repr(c.sum(axis=1)), repr(c.mean(axis=0)))
print(repr(c.std()), repr(c.var(axis=1)))
