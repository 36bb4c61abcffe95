# StratifiedKFold keeps each class spread over the folds, shuffled within classes.
import numpy as np
from sklearn.model_selection import StratifiedKFold
X = np.zeros((14, 3))
y = np.array([0, 1, 0, 1, 2, 0, 1, 0, 2, 1, 0, 2, 1, 0])
for shuffle, rs in [(False, None), (True, 0), (True, 7)]:
    skf = StratifiedKFold(n_splits=3, shuffle=shuffle, random_state=rs)
    print(skf)
    for train, test in skf.split(X, y):
        print(test, y[test])
