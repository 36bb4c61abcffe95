# Larger arrays: pairwise sums over rows and columns of a 2-D array, transposed views.
import numpy as np

a = (np.arange(60000) % 1013) / 11.0
m = a.reshape(200, 300)
print(repr(m.sum()), repr(m.mean()))
print(repr(m.sum(axis=0)[:5]), repr(m.sum(axis=1)[:5]))
print(repr(m.T.sum()), repr(m[:, ::2].sum()), repr(m[::2].sum()), repr(a[::-1].sum()))
print(repr(m.std()), repr(m.var(axis=0)[:3]))
i = np.arange(50000) * 7919 % 100003
print(repr(i.mean()), repr(i.std()))
