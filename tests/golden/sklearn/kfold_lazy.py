# split() is a generator: nothing is drawn until the first fold is asked for, so a draw
# made in between changes the folds.
import numpy as np
from sklearn.model_selection import KFold
np.random.seed(1)
gen = KFold(n_splits=3, shuffle=True).split(np.arange(9))
print(np.random.rand())
print(next(gen))
print(next(gen)[1], next(gen)[1])
