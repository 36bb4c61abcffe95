# train_test_split on NumPy arrays with an int random_state: the default test_size is 0.25.
import numpy as np
from sklearn.model_selection import train_test_split
X = np.arange(20).reshape(10, 2)
y = np.arange(10)
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=42)
print(X_train)
print(X_test)
print(y_train, y_test)
