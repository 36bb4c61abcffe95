# Unseeded draws differ per process, but a later seed makes the rest reproducible.
import random

random.seed()
unseeded = random.random()
random.seed(None)
random.seed(7)
print([random.random() for _ in range(5)])
print(0.0 <= unseeded < 1.0)
