import numpy as np
np.random.seed(2)
print(np.random.choice([1.5, 2.5, 3.5], 5).tolist())
print(np.random.choice(['apple', 'banana', 'cherry']))
print(np.random.choice(['apple', 'banana', 'cherry']))
print(np.random.choice([7, 8, 9]))
print(np.random.choice(np.array([0.5, 0.25]), 4).tolist())
