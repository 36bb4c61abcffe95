import random

random.choices("ab", [0, 0], k=2)
