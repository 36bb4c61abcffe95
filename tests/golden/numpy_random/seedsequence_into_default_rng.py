# default_rng(n) is default_rng(SeedSequence(n)) is Generator(PCG64(n))
import numpy as np
a = np.random.default_rng(7).random(3).tolist()
b = np.random.default_rng(np.random.SeedSequence(7)).random(3).tolist()
c = np.random.Generator(np.random.PCG64(7)).random(3).tolist()
print(a == b == c, a)
print(np.random.default_rng([1, 2]).random(2).tolist())
