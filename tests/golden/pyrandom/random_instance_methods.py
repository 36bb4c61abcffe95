# Every method of random.Random on an instance, in one stream.
import random

r = random.Random("instance")
print(r.random(), r.getrandbits(40), r.randrange(100), r.randint(1, 6))
print(r.choice("abc"), r.choices([1, 2, 3], [3, 2, 1], k=4), r.sample(range(50), 4))
x = list(range(8))
r.shuffle(x)
print(x)
print(r.uniform(1, 2), r.triangular(0, 1, 0.2), r.gauss(), r.normalvariate(1, 2))
print(r.lognormvariate(0, 0.5), r.expovariate(3), r.gammavariate(2, 2), r.betavariate(2, 3))
print(r.paretovariate(2), r.weibullvariate(1, 2), r.vonmisesvariate(0, 0), r.vonmisesvariate(1, 2), r.randbytes(4))
