# zeros, ones, full, eye, identity and the *_like functions.
import numpy as np

print(repr(np.zeros(3)), repr(np.zeros((2, 2), dtype=int)), repr(np.ones(2, dtype=np.float32)))
print(repr(np.full((2, 3), 1.5)), repr(np.full(2, 7)), repr(np.full(2, True)))
print(repr(np.eye(3)), repr(np.eye(2, 3, k=1)), repr(np.identity(2, dtype=np.int32)))
a = np.arange(4, dtype=np.int16)
print(repr(np.zeros_like(a)), repr(np.ones_like(a, dtype=float)), repr(np.full_like(a, 3)))
print(repr(np.zeros((2, 1, 2))))
