# linewidth changes where lines wrap.
import numpy as np

a = np.arange(30)
np.set_printoptions(linewidth=40)
print(a)
print(repr(a))
np.set_printoptions(linewidth=120)
print(np.linspace(0, 1, 15))
np.set_printoptions(linewidth=75)
print(repr(np.arange(30, dtype=np.int8)))
