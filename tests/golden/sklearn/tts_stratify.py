# stratify keeps class proportions (StratifiedShuffleSplit under the hood).
import numpy as np
from sklearn.model_selection import train_test_split
X = np.arange(24).reshape(12, 2)
y = np.array([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1])
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=42)
print(X_train.tolist())
print(X_test.tolist())
print(y_train, y_test)
