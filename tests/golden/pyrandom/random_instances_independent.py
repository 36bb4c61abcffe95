# random.Random instances have their own state, independent of the module functions.
import random

random.seed(30)
r1 = random.Random(30)
r2 = random.Random(31)
print(random.random() == r1.random())
print(r2.random())
print([random.random() for _ in range(3)])
print([r1.random() for _ in range(3)])
print([r2.random() for _ in range(3)])
r1.seed(30)
print(r1.random())
print(isinstance(r1, random.Random))
