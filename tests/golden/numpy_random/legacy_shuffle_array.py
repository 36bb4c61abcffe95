import numpy as np
np.random.seed(42)
a = np.arange(10)
np.random.shuffle(a)
print(a.tolist())
f = np.linspace(0, 1, 5)
np.random.shuffle(f)
print(f.tolist())
