# Integral floats are still accepted by randrange in 3.11 (with a DeprecationWarning on stderr).
import random

random.seed(5)
print(random.randrange(10.0), random.randrange(2, 10.0), random.randrange(0, 20, 2.0))
