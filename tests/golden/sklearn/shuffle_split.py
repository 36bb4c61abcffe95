# ShuffleSplit: one permutation per split; default test_size 0.1 when neither is given.
import numpy as np
from sklearn.model_selection import ShuffleSplit
X = np.arange(10)
ss = ShuffleSplit(n_splits=3, test_size=0.3, random_state=0)
print(ss)
for tr, te in ss.split(X):
    print(tr, te)
for tr, te in ShuffleSplit(n_splits=2, random_state=123).split(X):
    print(tr, te)
for tr, te in ShuffleSplit(n_splits=2, train_size=4, test_size=3, random_state=9).split(X):
    print(tr, te)
