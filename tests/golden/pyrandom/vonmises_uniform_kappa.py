# vonmisesvariate with kappa <= 1e-6 is a uniform angle: TWOPI * random().
import random

random.seed(27)
print([random.vonmisesvariate(0, 0) for _ in range(10)])
print([random.vonmisesvariate(1.5, 1e-7) for _ in range(5)])
