# np.sum uses NumPy's pairwise summation; the printed digits depend on its order.
import numpy as np

a = np.arange(1, 1001) / 7
print(repr(a.sum()))
print(repr(np.sum(a[:100])), repr(np.sum(a[:9])), repr(np.sum(a[:129])))
b = (np.arange(10000) % 97) / 3.0 + 0.1
print(repr(b.sum()), repr(b.mean()))
c = np.array([0.1] * 1000)
print(repr(c.sum()), repr(c.mean()))
d = np.linspace(0, 1, 3001)
print(repr(d.sum()), repr(d[::3].sum()), repr(d[::-1].sum()))
e = np.array([1e16, 1.0, -1e16, 1.0])
print(repr(e.sum()))
