import random

random.seed(1)
print(random.randrange(5, 10))
random.randrange(5, 2)
