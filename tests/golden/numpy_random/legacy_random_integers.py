import numpy as np
np.random.seed(10)
print(np.random.random_integers(5, size=10).tolist())
print(np.random.random_integers(-3, 3, size=10).tolist())
print(np.random.random_integers(6))
