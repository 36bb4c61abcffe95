# default_rng(42) is PCG64 seeded through SeedSequence: first 20, next 20, next 10
import numpy as np
rng = np.random.default_rng(42)
print(rng.random(20).tolist())
print(rng.random(20).tolist())
print(rng.random(10).tolist())
