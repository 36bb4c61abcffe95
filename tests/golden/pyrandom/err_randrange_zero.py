import random

random.randrange(0)
