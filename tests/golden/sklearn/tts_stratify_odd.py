# Odd class counts: the remainders decide which classes get the extra samples.
import numpy as np
from sklearn.model_selection import train_test_split
y = np.array([0] * 7 + [1] * 5 + [2] * 3 + [3] * 2)
idx = np.arange(len(y))
for seed in range(4):
    tr, te = train_test_split(idx, test_size=0.4, stratify=y, random_state=seed)
    print(tr, te, np.bincount(y[te]))
