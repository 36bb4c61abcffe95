import random

random.choices([1, 2, 3], 2)
