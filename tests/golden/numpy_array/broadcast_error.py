# Shapes that do not broadcast raise NumPy's ValueError.
import numpy as np

a = np.ones((2, 3))
print(a + np.ones(3))
print(a + np.ones((3, 2)))
