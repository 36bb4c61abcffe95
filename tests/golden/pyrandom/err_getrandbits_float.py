import random

random.getrandbits(8.0)
