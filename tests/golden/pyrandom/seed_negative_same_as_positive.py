# CPython seeds with abs(n): seed(-5) and seed(5) give the same stream.
import random

random.seed(-5)
a = [random.random() for _ in range(5)]
random.seed(5)
b = [random.random() for _ in range(5)]
print(a)
print(b)
print(a == b)
