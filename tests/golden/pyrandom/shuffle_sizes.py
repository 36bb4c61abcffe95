# shuffle of lists of many sizes: one _randbelow(i + 1) per position from the end.
import random

random.seed(0)
for n in [0, 1, 2, 3, 5, 10, 20, 52, 100]:
    x = list(range(n))
    random.shuffle(x)
    print(n, x)
