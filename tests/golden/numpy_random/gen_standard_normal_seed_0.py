# ziggurat normals
import numpy as np
rng = np.random.default_rng(0)
print(rng.standard_normal(20).tolist())
print(rng.standard_normal(20).tolist())
print(rng.standard_normal(10).tolist())
print(rng.standard_normal())
