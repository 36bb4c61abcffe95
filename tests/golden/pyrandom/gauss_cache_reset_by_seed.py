# gauss() caches its second value in gauss_next; seed() clears it, so an odd number of
# gauss() calls before reseeding does not leak into the new stream.
import random

random.seed(1)
a = random.gauss()
random.seed(1)
b = random.gauss()
print(a == b, a)
random.seed(1)
c1 = random.gauss()
c2 = random.gauss()
random.seed(1)
print(random.gauss() == c1, random.gauss() == c2)
random.seed(1)
random.gauss()
print(random.getstate()[2])
random.seed(1)
print(random.getstate()[2])
