import random

random.gammavariate(0, 1)
