# test_size and train_size as ints and floats; train_size alone; both together.
import numpy as np
from sklearn.model_selection import train_test_split
data = np.arange(12)
for kw in [dict(test_size=3), dict(train_size=0.5), dict(test_size=0.2, train_size=0.5), dict(test_size=2, train_size=7), dict(train_size=5)]:
    tr, te = train_test_split(data, random_state=7, **kw)
    print(kw, tr, te)
