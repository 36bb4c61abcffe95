# vonmisesvariate(mu, kappa): Best-Fisher rejection, then acos; the angle is taken mod TWOPI.
import random

random.seed(38)
for kappa in [1e-5, 0.5, 1, 4, 100]:
    print(kappa, [random.vonmisesvariate(0, kappa) for _ in range(5)])
print([random.vonmisesvariate(3.5, 2) for _ in range(5)])
print([random.vonmisesvariate(-1, 10) for _ in range(5)])
print([random.vonmisesvariate(100, 0.25) for _ in range(5)])
