# StratifiedShuffleSplit with ties between classes, several splits from one RandomState.
import numpy as np
from sklearn.model_selection import StratifiedShuffleSplit
y = np.array([0, 0, 1, 1, 1, 2, 2, 2, 2, 0, 1, 2])
X = np.zeros((12, 2))
sss = StratifiedShuffleSplit(n_splits=4, test_size=0.5, random_state=0)
print(sss)
for tr, te in sss.split(X, y):
    print(tr, te, y[te])
