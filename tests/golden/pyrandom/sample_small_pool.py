# sample from small populations: the list-pool branch (n <= setsize).
import random

random.seed(6)
print(random.sample(range(10), 5))
print(random.sample(range(10), 10))
print(random.sample(["a", "b", "c", "d"], 2))
print(random.sample((1, 2, 3), 0))
print(random.sample(range(21), 5), random.sample(range(22), 5))
print(random.sample(range(30), 6), random.sample(range(100), 20))
