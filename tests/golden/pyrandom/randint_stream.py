# randint(1, 6): first 20, next 20, next 10 rolls.
import random

random.seed(2024)
print([random.randint(1, 6) for _ in range(20)])
print([random.randint(1, 6) for _ in range(20)])
print([random.randint(1, 6) for _ in range(10)])
