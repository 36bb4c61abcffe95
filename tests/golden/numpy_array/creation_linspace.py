# np.linspace: step, endpoint, retstep, integer dtypes.
import numpy as np

print(repr(np.linspace(0, 1, 5)))
print(repr(np.linspace(0, 1, 7)))
print(repr(np.linspace(-1, 1, 10, endpoint=False)))
print(repr(np.linspace(0, 10, 4, dtype=int)))
print(np.linspace(2.0, 3.0, num=5, retstep=True))
print(repr(np.linspace(0, 1, 1)), repr(np.linspace(0, 1, 0)))
print(repr(np.linspace(1e-3, 1e3, 6)))
print(repr(np.linspace(0, np.pi, 9)))
