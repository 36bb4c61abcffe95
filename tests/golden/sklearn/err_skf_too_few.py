from sklearn.model_selection import StratifiedKFold
next(StratifiedKFold(n_splits=3).split(list(range(4)), [0, 0, 1, 1]))
