# sklearn.utils.shuffle shuffles several arrays consistently; n_samples keeps the first n.
import numpy as np
from sklearn.utils import shuffle
X = np.array([[1.0, 0.0], [2.0, 1.0], [3.0, 0.0], [4.0, 1.0], [5.0, 0.5]])
y = np.array([0, 1, 0, 1, 2])
Xs, ys = shuffle(X, y, random_state=0)
print(Xs)
print(ys)
print(shuffle([1, 2, 3, 4, 5, 6], random_state=1))
print(shuffle(list("abcdef"), random_state=1, n_samples=3))
np.random.seed(2)
print(shuffle(np.arange(5)))
