# sort, argsort (no ties), unique, diff, outer.
import numpy as np

a = np.array([3.5, -1.0, 2.25, np.nan, 0.0])
print(np.sort(a), np.argsort(np.array([3, 1, 2])), np.unique([3, 1, 2, 3, 1]))
m = np.array([[3, 1, 2], [9, 7, 8]])
print(np.sort(m), np.sort(m, axis=0), np.sort(m, axis=None))
print(np.diff(np.array([1, 4, 9, 16])), np.diff(np.array([1.0, 4.0, 9.0, 16.0]), n=2), np.diff(m, axis=0))
print(np.outer([1, 2], [3, 4, 5]))
print(np.argsort(np.array([1, 1, 0]), kind="stable"), np.unique(np.array([2.5, np.nan, 2.5])))
