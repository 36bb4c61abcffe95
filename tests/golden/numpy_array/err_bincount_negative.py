import numpy as np
np.bincount([0, -1, 2])
