import random

random.seed(1)
print(random.randrange(4.0))
random.randrange(1.5)
