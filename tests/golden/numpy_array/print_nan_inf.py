# nan and inf take part in the padding but not in the format choice.
import numpy as np

print(np.array([1.0, np.nan, np.inf, -np.inf, 0.0]))
print(repr(np.array([np.nan, np.nan])))
print(np.array([np.inf]))
print(repr(np.array([1e-7, np.nan])))
print(np.array([-np.inf, 1.5]))
print(repr(np.array([np.nan, 123456.5])))
