# KFold refuses a random_state without shuffle=True (scikit-learn >= 0.24).
from sklearn.model_selection import KFold
KFold(n_splits=3, random_state=0)
