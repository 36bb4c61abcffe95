# ShuffleSplit on the global RandomState draws each split when the loop asks for it,
# so draws in the loop body change the next split.
import numpy as np
from sklearn.model_selection import ShuffleSplit
np.random.seed(4)
for tr, te in ShuffleSplit(n_splits=3, test_size=2).split(np.arange(6)):
    print(te, np.random.randint(10))
