import numpy as np
rng = np.random.default_rng(0)
rng.random(3)
s = rng.bit_generator.state
a = rng.random(3).tolist()
rng.bit_generator.state = s
b = rng.random(3).tolist()
print(a == b, a)
print(s)
