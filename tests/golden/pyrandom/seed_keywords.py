# seed() takes a= and version= as keywords; Random() takes x=.
import random

random.seed(a=10)
a = random.random()
random.seed(10, version=2)
b = random.random()
r = random.Random(x=10)
print(a == b == r.random(), a)
random.seed(a="abc", version=1)
print(random.random())
random.seed(version=2, a=b"abc")
print(random.random())
