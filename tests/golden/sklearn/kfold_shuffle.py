# KFold(shuffle=True, random_state=int): one shuffle per split() call, folds sorted.
import numpy as np
from sklearn.model_selection import KFold
X = np.arange(22).reshape(11, 2)
kf = KFold(n_splits=4, shuffle=True, random_state=42)
print(kf)
for i, (train, test) in enumerate(kf.split(X)):
    print(i, train, test)
print([t.tolist() for _, t in kf.split(X)] == [t.tolist() for _, t in kf.split(X)])
