# uniform(a, b) = a + (b - a) * random(), with ints and floats.
import random

random.seed(14)
print([random.uniform(0, 1) for _ in range(5)])
print([random.uniform(-10, 10) for _ in range(5)])
print([random.uniform(5.5, 2.5) for _ in range(5)])
print(random.uniform(1, 1), random.uniform(1, 2**60 + 1), random.uniform(-1e308, 1e308))
