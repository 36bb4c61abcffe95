import random

random.randrange(5, None, 2)
