import numpy as np
np.random.triangular(1, 0, 2)
