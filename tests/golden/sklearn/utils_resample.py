# resample draws with replacement by default (RandomState.randint), without when asked,
# and can stratify.
import numpy as np
from sklearn.utils import resample
x = np.arange(10)
print(resample(x, random_state=0))
print(resample(x, replace=False, n_samples=4, random_state=0))
print(resample(x, n_samples=15, random_state=1))
y = np.array([0, 0, 0, 0, 0, 0, 1, 1, 1, 1])
print(resample(x, n_samples=5, stratify=y, random_state=2))
