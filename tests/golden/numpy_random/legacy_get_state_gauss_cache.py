# get_state carries the cached Gaussian; set_state restores it
import numpy as np
np.random.seed(1)
np.random.randn(1)
st = np.random.get_state()
print(st[2], st[3], st[4])
x = np.random.randn()
np.random.set_state(st)
y = np.random.randn()
print(x, y, x == y)
np.random.set_state(st[:3])
print(np.random.randn())
