from sklearn.model_selection import StratifiedKFold
next(StratifiedKFold(n_splits=2).split([1, 2, 3, 4], [0.5, 1.5, 0.5, 1.5]))
