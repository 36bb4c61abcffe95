# random_state=None draws from NumPy's global RandomState, so np.random.seed pins it
# and each call advances it.
import numpy as np
from sklearn.model_selection import train_test_split
np.random.seed(0)
x = list(range(8))
print(train_test_split(x))
print(train_test_split(x))
np.random.seed(0)
print(train_test_split(x))
print(np.random.rand())
