import random

random.sample([1, 2, 3], 4)
