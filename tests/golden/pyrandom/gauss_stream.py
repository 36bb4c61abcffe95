# gauss(): Box-Muller in pairs; first 20, next 20, next 10.
import random

random.seed(0)
print([random.gauss(0, 1) for _ in range(20)])
print([random.gauss(0, 1) for _ in range(20)])
print([random.gauss(0, 1) for _ in range(10)])
