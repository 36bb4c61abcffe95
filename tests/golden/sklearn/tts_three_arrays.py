# Several arrays are split with the same indices, in pairs (train, test) per array.
import numpy as np
from sklearn.model_selection import train_test_split
a = np.linspace(0, 1, 6)
b = ["u", "v", "w", "x", "y", "z"]
c = np.arange(6) * 10
out = train_test_split(a, b, c, test_size=2, random_state=5)
print(len(out))
for o in out:
    print(o)
