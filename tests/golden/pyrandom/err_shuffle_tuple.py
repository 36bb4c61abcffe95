import random

random.seed(3)
t = (1, 2, 3)
random.shuffle(t)
