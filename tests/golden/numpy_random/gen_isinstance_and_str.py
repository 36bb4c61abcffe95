import numpy as np
rng = np.random.default_rng(0)
print(isinstance(rng, np.random.Generator), isinstance(np.random.RandomState(0), np.random.RandomState))
print(str(rng), str(np.random.RandomState(1)))
print(type(rng.random()).__name__, type(rng.choice(5)).__name__)
print(np.random.Generator, np.random.RandomState, np.random.SeedSequence, np.random.PCG64)
