# gauss(mu, sigma) with int and float parameters.
import random

random.seed(16)
print([random.gauss(10, 2) for _ in range(6)])
print([random.gauss(mu=-3.5, sigma=0.25) for _ in range(6)])
print([random.gauss(0, 0) for _ in range(2)], random.gauss(5))
r = random.Random(16)
print(r.gauss(), r.gauss_next)
