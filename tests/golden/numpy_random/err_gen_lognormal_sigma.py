import numpy as np
np.random.default_rng(0).lognormal(0, -1)
