import numpy as np
np.random.seed(0)
print(np.random.randint(10, size=20).tolist())
print(np.random.randint(5, 15, size=(2, 5)).tolist())
print(np.random.randint(3), np.random.randint(-5, 5), np.random.randint(1000000))
print(np.random.randint(0, 10, 10).tolist())
