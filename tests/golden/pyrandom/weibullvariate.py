# weibullvariate(alpha, beta) = alpha * (-log(1 - random())) ** (1 / beta).
import random

random.seed(26)
print([random.weibullvariate(1, 1) for _ in range(10)])
print([random.weibullvariate(2.5, 0.7) for _ in range(10)])
print([random.weibullvariate(1, 3) for _ in range(5)])
