import numpy as np
np.random.seed(4)
x = np.random.randint(5, dtype=np.int8)
y = np.random.randint(5, dtype=np.uint64)
z = np.random.randint(5)
b = np.random.randint(2, dtype=bool)
print(x, y, z, b)
print(type(z).__name__, type(b).__name__)
