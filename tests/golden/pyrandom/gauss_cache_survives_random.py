# The cached gauss value is independent of the MT stream: random() between two gauss()
# calls does not change the second gauss value.
import random

random.seed(21)
g1 = random.gauss()
g2 = random.gauss()
random.seed(21)
h1 = random.gauss()
r = random.random()
h2 = random.gauss()
print(g1 == h1, g2 == h2, r)
print(random.gauss(), random.gauss())
