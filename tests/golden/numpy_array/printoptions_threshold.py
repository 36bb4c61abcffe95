# threshold and edgeitems control summarisation.
import numpy as np

np.set_printoptions(threshold=5)
print(np.arange(10))
print(repr(np.arange(10.0)))
np.set_printoptions(edgeitems=1)
print(np.arange(20).reshape(4, 5))
np.set_printoptions(threshold=1000, edgeitems=3)
print(np.arange(12))
np.set_printoptions(threshold=np.inf)
print(np.arange(1100)[-5:], np.get_printoptions()['threshold'] > 10**9)
