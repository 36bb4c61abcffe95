import numpy as np
np.random.seed(0)
x = list(range(10))
np.random.shuffle(x)
print(x)
np.random.shuffle(x)
print(x)
words = ['a', 'b', 'c', 'd', 'e']
np.random.shuffle(words)
print(words)
