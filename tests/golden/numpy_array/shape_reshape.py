# reshape (with -1), ravel, flatten, transpose, squeeze, expand_dims.
import numpy as np

a = np.arange(12)
print(a.reshape(3, 4), a.reshape((2, -1)).shape, a.reshape(-1, 3).shape, np.reshape(a, (2, 2, 3)).shape)
m = a.reshape(3, 4)
print(m.T, m.transpose().shape, np.transpose(m).shape, m.ravel(), m.flatten())
c = np.arange(24).reshape(2, 3, 4)
print(c.transpose(1, 0, 2).shape, c.transpose((2, 0, 1))[1], np.transpose(c, (0, 2, 1)).shape)
s = np.zeros((1, 3, 1))
print(s.squeeze().shape, np.squeeze(s, axis=0).shape, np.expand_dims(a, 0).shape, np.expand_dims(a, -1).shape)
print(m.shape, m.ndim, m.size, len(m), m.dtype, m.itemsize, m.nbytes, np.shape(m), np.ndim(m), np.size(m))
m.shape = (4, 3)
print(m)
