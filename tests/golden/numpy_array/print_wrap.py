# Line wrapping at 75 characters, with the "array(" indentation in repr.
import numpy as np

a = np.arange(40) * 1.5
print(a)
print(repr(a))
b = np.arange(30)
print(b)
print(repr(b))
c = np.linspace(0, 1, 20)
print(c)
print(repr(c))
d = np.arange(40, dtype=np.int16)
print(repr(d))
