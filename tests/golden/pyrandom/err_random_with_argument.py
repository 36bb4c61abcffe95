import random

random.random(1)
