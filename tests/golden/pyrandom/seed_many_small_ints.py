# The first random() after seed(n) for n in 0..39.
import random

for n in range(40):
    random.seed(n)
    print(n, random.random())
