# RepeatedKFold / RepeatedStratifiedKFold: one RandomState reshuffles for every repeat.
import numpy as np
from sklearn.model_selection import RepeatedKFold, RepeatedStratifiedKFold
X = np.arange(8)
rkf = RepeatedKFold(n_splits=2, n_repeats=3, random_state=2652124)
print(rkf, rkf.get_n_splits())
for tr, te in rkf.split(X):
    print(tr, te)
y = np.array([0, 0, 0, 0, 1, 1, 1, 1])
rskf = RepeatedStratifiedKFold(n_splits=2, n_repeats=2, random_state=36851234)
print(rskf)
for tr, te in rskf.split(X, y):
    print(tr, te)
