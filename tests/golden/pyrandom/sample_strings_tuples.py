# sample from str and tuple populations.
import random

random.seed(13)
print(random.sample("abcdefgh", 3))
print(random.sample(tuple(range(50)), 7))
print("".join(random.sample("0123456789", 10)))
