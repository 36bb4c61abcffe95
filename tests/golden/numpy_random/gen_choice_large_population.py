# population above 10000 and a large sample: the tail-shuffle path
import numpy as np
rng = np.random.default_rng(2)
a = rng.choice(20000, 1000, replace=False)
print(a[:10].tolist(), a[-5:].tolist(), len(set(a.tolist())))
b = rng.choice(20000, 100, replace=False)
print(b[:10].tolist())
c = rng.choice(20000, 500, replace=False, shuffle=False)
print(c[:10].tolist())
