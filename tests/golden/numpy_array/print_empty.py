# Empty arrays print their dtype; non-(0,) shapes print their shape.
import numpy as np

print(repr(np.array([])))
print(np.array([]))
print(repr(np.array([], dtype=np.int64)))
print(repr(np.array([], dtype=np.float32)))
print(repr(np.zeros((0, 3))))
print(repr(np.zeros((2, 0), dtype=np.int32)))
print(repr(np.arange(0)))
