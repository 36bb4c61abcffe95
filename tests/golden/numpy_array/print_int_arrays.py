# Integer arrays: right-aligned to the widest value; dtype suffix except int64.
import numpy as np

print(np.array([1, 22, 333]))
print(repr(np.array([1, 22, 333])))
print(repr(np.array([-5, 10, 0], dtype=np.int32)))
print(repr(np.array([1, 2, 3], dtype=np.int8)))
print(repr(np.array([255, 0, 7], dtype=np.uint8)))
print(repr(np.array([2**63, 1], dtype=np.uint64)))
print(repr(np.array([-2**63, 2**63 - 1])))
print(repr(np.array([1, 2], dtype=np.uint16)), repr(np.array([1, 2], dtype=np.int16)), repr(np.array([3], dtype=np.uint32)))
