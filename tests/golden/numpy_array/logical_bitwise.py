# Logical and bitwise functions on booleans and integers.
import numpy as np

t = np.array([True, True, False, False])
f = np.array([True, False, True, False])
print(t & f, t | f, t ^ f, ~t, np.logical_and(t, f), np.logical_or(t, 0), np.logical_xor(t, f), np.logical_not(f))
a = np.array([12, 10, 7], dtype=np.uint8)
print(repr(a & 6), repr(a | 1), repr(a ^ a), repr(a << 2), repr(a >> 1), repr(~a))
print(np.bitwise_and(12, 10), np.bitwise_or([1, 2], 4), np.left_shift(1, np.arange(4)), np.right_shift(-16, 2))
print(repr(t + f), repr(t * f), repr(t.sum()), repr(np.sum(t, dtype=np.int8)))
