# Negative zeros and values that round to zero print with their sign.
import numpy as np

print(np.array([-0.0, 0.0]), repr(np.array([-0.0])), np.float64(-0.0))
print(np.array([-1e-9, 1.0]), np.round(np.array([-0.4, -0.5, 0.4])))
np.set_printoptions(precision=2)
print(np.array([-0.001, 0.004, 1.0]), np.array([-0.004, 1.5]))
np.set_printoptions(precision=8)
print(-np.zeros(2), np.maximum(np.array([-0.0]), 0.0), np.minimum(0.0, np.array([-0.0])))
print(np.array([-0.0]) * 5, np.sign(np.array([-0.0, 0.0, -2.0])), np.abs(np.array([-0.0])))
