# Broadcasting with newaxis and keepdims to centre and scale rows and columns.
import numpy as np

x = np.arange(1.0, 13.0).reshape(3, 4) ** 2
col = x - x.mean(axis=0)
row = x - x.mean(axis=1, keepdims=True)
print(col)
print(row)
print(x / np.sqrt((x ** 2).sum(axis=1))[:, np.newaxis])
outer = np.arange(3)[:, None] * np.arange(4)[None, :]
print(outer, outer.T.shape)
print(np.round(x / x.max(), 3))
