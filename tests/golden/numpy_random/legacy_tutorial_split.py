# the classic hand-made train/test split
import numpy as np
np.random.seed(42)
n = 20
idx = np.random.permutation(n)
train, test = idx[:15], idx[15:]
print(train.tolist())
print(test.tolist())
X = np.random.randn(n, 2)
print(X[test].tolist())
