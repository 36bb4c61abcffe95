# random.seed() seeds only the hidden module-level generator; Random instances keep their own state.
import random
r = random.Random(11)
random.seed(11)
a = r.random()
random.seed(11)
b = r.random()
print(a, b, a == b)
