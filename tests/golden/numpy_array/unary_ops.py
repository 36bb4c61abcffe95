# Unary minus, abs, invert, sign, floor/ceil/rint and friends.
import numpy as np

a = np.array([-2, 0, 3])
f = np.array([-1.5, -0.5, 0.5, 1.5, 2.5])
print(-a, abs(a), np.abs(f), np.absolute(a), ~a)
print(np.sign(a), np.sign(f), np.floor(f), np.ceil(f), np.rint(f), np.trunc(f))
print(np.negative(f), np.positive(a), np.reciprocal(np.array([1.0, 4.0, 0.5])))
print(np.logical_not(a), ~np.array([True, False]))
print(np.floor(np.array([1, 2])), np.sqrt(np.array([1, 4, 9])))
