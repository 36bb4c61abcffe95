# lognormvariate = exp(normalvariate(mu, sigma)).
import random

random.seed(18)
print([random.lognormvariate(0, 1) for _ in range(10)])
print([random.lognormvariate(1.5, 0.5) for _ in range(10)])
