# choices without weights: population[floor(random() * n)] for each of k picks.
import random

random.seed(3)
print(random.choices(range(10), k=20))
print(random.choices("abc", k=20))
print(random.choices([1, 2, 3]))
print(random.choices(["x"], k=5))
print(random.choices([1, 2], k=0), random.choices([1, 2], k=-3))
