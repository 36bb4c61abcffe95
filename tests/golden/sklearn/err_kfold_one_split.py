from sklearn.model_selection import KFold
KFold(n_splits=1)
