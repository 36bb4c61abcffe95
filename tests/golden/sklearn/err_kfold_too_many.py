# More folds than samples fails when the first fold is drawn.
from sklearn.model_selection import KFold
gen = KFold(n_splits=5).split([1, 2, 3])
print("generator made")
next(gen)
