# paretovariate(alpha) = (1 - random()) ** (-1 / alpha).
import random

random.seed(25)
print([random.paretovariate(1) for _ in range(10)])
print([random.paretovariate(3.5) for _ in range(10)])
