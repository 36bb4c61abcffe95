# bool is an int: seed(True) is seed(1), seed(False) is seed(0).
import random

for s in [True, False, 1, 0]:
    random.seed(s)
    print(s, random.random(), random.randint(1, 1000))
