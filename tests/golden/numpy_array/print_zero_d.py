# 0-d arrays print as array(x); str() prints like the scalar.
import numpy as np

print(repr(np.array(1.5)))
print(str(np.array(1.5)))
print(repr(np.array(3)))
print(repr(np.array(2.5, dtype=np.float32)))
print(repr(np.array(7, dtype=np.int8)))
print(np.array(0.1))
print(repr(np.array(1e-10)))
print(repr(np.array(np.nan)))
