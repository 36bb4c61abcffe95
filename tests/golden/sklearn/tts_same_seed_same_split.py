# The same int random_state gives the same split every call; a different one differs.
import numpy as np
from sklearn.model_selection import train_test_split
x = np.arange(10)
print(train_test_split(x, random_state=1))
print(train_test_split(x, random_state=1))
print(train_test_split(x, random_state=2))
