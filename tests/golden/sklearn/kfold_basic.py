# KFold without shuffling: consecutive folds, the first n % k folds one larger.
import numpy as np
from sklearn.model_selection import KFold
kf = KFold(n_splits=3)
print(kf)
print(kf.get_n_splits())
for train, test in kf.split(np.zeros(10)):
    print(train, test)
