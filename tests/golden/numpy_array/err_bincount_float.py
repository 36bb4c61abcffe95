import numpy as np
np.bincount(np.array([0.0, 1.0]))
