# sample(range(100), k) repeatedly: first 20, next 20, next 10 picks of each.
import random

random.seed(99)
print(random.sample(range(100), 20))
print(random.sample(range(100), 20))
print(random.sample(range(100), 10))
print(random.sample(range(10**4), 20))
