# np.array infers dtypes from nested lists the way NumPy does.
import numpy as np

print(repr(np.array([1, 2, 3])), repr(np.array([1, 2.0])), repr(np.array([True, 2])))
print(repr(np.array([[1, 2], [3, 4]], dtype=np.float32)), repr(np.array((1, 2), dtype=np.uint8)))
print(repr(np.array([np.float32(1), np.float32(2)])), repr(np.array([np.float32(1), 2])))
print(repr(np.array([2**63])), repr(np.array([-1, 2**63])))
print(repr(np.array(5)), repr(np.array([[]])), repr(np.array([1, 2], ndmin=2)))
print(repr(np.asarray([1.5, 2])), repr(np.array(np.arange(3), dtype=float)))
print(repr(np.array([1.7, -2.7]).astype(int)), repr(np.array([300, -1]).astype(np.uint8)))
