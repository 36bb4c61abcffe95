# expovariate(lambd) = -log(1 - random()) / lambd.
import random

random.seed(19)
print([random.expovariate(1) for _ in range(10)])
print([random.expovariate(0.25) for _ in range(10)])
print([random.expovariate(-2) for _ in range(3)])
