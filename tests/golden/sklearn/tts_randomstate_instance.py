# A RandomState instance is used (and advanced) as it is.
import numpy as np
from sklearn.model_selection import train_test_split
rs = np.random.RandomState(3)
x = np.arange(10) * 1.5
print(train_test_split(x, random_state=rs))
print(train_test_split(x, random_state=rs))
print(rs.randint(100))
