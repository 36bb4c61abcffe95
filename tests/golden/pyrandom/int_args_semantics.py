# Distribution arguments keep Python's int/float arithmetic: exact int differences,
# int results from randrange, float results from uniform.
import random

random.seed(36)
print(random.uniform(10**17, 10**17 + 3), random.uniform(True, 3))
print(random.triangular(0, 10, 5), random.triangular(low=1, high=2, mode=1.5))
print(random.gauss(True, 2), random.normalvariate(10**18, 1))
print(random.expovariate(2), random.weibullvariate(2, 1), random.paretovariate(True))
print(random.gammavariate(2, 10**3), random.betavariate(3, 1))
print(random.randint(True, 5), random.randrange(False, 10, True), random.choice([1, 2, 3]))
