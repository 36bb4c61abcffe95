# Comparisons give boolean arrays; == on dtypes compares types.
import numpy as np

a = np.array([1, 5, 3, 7])
print(a > 3, a == 5, a != 3, a <= 3)
print(a[a > 2], (a > 2) & (a < 7), (a < 2) | (a > 6), ~(a > 3))
f = np.array([0.5, np.nan, 2.0])
print(f > 1, f == f, f != f)
print(np.equal(a, 5), np.less(a, 4), np.greater_equal(a, 3))
print(a.dtype == np.int64, a.dtype == np.float64, a.dtype == 'int64', f.dtype)
print(np.maximum(a, 4), np.minimum(a, 4), np.maximum(f, 1.0))
