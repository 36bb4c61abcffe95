# sample from large populations: the set branch (n > setsize) redraws duplicates.
import random

random.seed(7)
print(random.sample(range(1000), 10))
print(random.sample(range(10**6), 5))
print(random.sample(range(22), 5))
print(random.sample(range(50), 6))
print(random.sample(range(100, 10**9, 7), 8))
print(sorted(random.sample(range(40), 30)))
