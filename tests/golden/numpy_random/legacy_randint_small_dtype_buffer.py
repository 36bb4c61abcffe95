# the 32-bit buffer of uint8 draws starts empty on every call
import numpy as np
np.random.seed(1)
for i in range(5):
    print(np.random.randint(0, 10, size=3, dtype=np.uint8).tolist())
print(np.random.randint(0, 10, size=9, dtype=np.uint16).tolist())
print(np.random.rand())
