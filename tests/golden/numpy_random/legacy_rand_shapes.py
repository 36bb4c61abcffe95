import numpy as np
np.random.seed(3)
a = np.random.rand(2, 3)
print(a.shape, a.tolist())
b = np.random.random_sample((3, 2))
print(b.shape, b.tolist())
c = np.random.random(size=4)
print(c.tolist())
print(np.random.rand(0).tolist())
