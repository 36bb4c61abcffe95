# rand() with no arguments returns a Python float
import numpy as np
np.random.seed(2024)
for i in range(10):
    print(i, np.random.rand())
print(np.random.random_sample(), np.random.random(), np.random.sample(), np.random.ranf())
