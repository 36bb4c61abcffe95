# Seeding again with the same value restarts the stream.
import random

random.seed(42)
first = [random.random() for _ in range(5)]
random.seed(42)
second = [random.random() for _ in range(5)]
print(first)
print(second == first)
random.seed(43)
print([random.random() for _ in range(5)])
