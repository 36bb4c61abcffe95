# allclose, isclose, array_equal.
import numpy as np

a = np.array([1.0, 2.0, 3.0])
print(np.allclose(a, a + 1e-9), np.allclose(a, a + 1e-3), np.allclose(a, 2.0))
print(np.isclose(a, [1.0, 2.1, 3.0]), np.isclose(1.0, 1.0 + 1e-6), np.isclose(0.0, 1e-9))
print(np.isclose([np.nan, np.inf, 1.0], [np.nan, np.inf, np.inf]), np.isclose([np.nan], [np.nan], equal_nan=True))
print(np.array_equal(a, [1, 2, 3]), np.array_equal(a, a[:2]), np.array_equal([1, 2], [1, 2]))
print(np.allclose(np.array([1.0], dtype=np.float32), np.array([1.00001])))
