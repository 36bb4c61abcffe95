import numpy as np
np.random.seed(9)
np.random.rand(3)
d = np.random.get_state(legacy=False)
print(sorted(d.keys()))
print(d['bit_generator'], d['state']['pos'], d['has_gauss'], d['gauss'])
print(d['state']['key'][:4].tolist())
np.random.set_state(d)
print(np.random.rand())
