import random

random.uniform(1)
