# mean, std and var as NumPy's _methods.py computes them.
import numpy as np

x = np.array([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0])
print(x.mean(), x.std(), x.var(), x.std(ddof=1), x.var(ddof=1))
y = np.arange(1, 11) / 3
print(repr(y.mean()), repr(y.std()), repr(y.var()))
m = np.arange(12).reshape(3, 4) * 1.1
print(repr(m.mean(axis=0)), repr(m.std(axis=1)), repr(m.var(axis=0, ddof=1)))
i = np.array([1, 2, 3, 4])
print(repr(i.mean()), repr(i.std()), repr(np.mean(i, axis=0)))
f = np.array([0.1, 0.2, 0.7], dtype=np.float32)
print(repr(f.mean()), repr(f.std()), repr(f.var()))
print(repr(np.arange(6, dtype=np.float32).reshape(2, 3).mean(axis=1)))
