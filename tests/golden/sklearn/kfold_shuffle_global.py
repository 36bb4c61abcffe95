# KFold(shuffle=True) without random_state uses the global RandomState: every split()
# call reshuffles, and np.random.seed pins the sequence.
import numpy as np
from sklearn.model_selection import KFold
np.random.seed(10)
kf = KFold(n_splits=2, shuffle=True)
for _ in range(3):
    print([test.tolist() for _, test in kf.split(list(range(6)))])
print(np.random.randint(1000))
