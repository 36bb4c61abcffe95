# check_random_state: None is the global RandomState, an int a fresh one, an instance itself.
import numpy as np
from sklearn.utils import check_random_state
np.random.seed(5)
print(check_random_state(None).rand())
print(np.random.rand())
print(check_random_state(5).rand(), check_random_state(5).rand())
rs = np.random.RandomState(9)
print(check_random_state(rs) is rs)
print(check_random_state(np.int64(5)).randint(100))
