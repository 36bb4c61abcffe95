# vonmisesvariate(0, 1): first 20, next 20, next 10.
import random

random.seed(39)
print([random.vonmisesvariate(0, 1) for _ in range(20)])
print([random.vonmisesvariate(0, 1) for _ in range(20)])
print([random.vonmisesvariate(0, 1) for _ in range(10)])
