# normalvariate: Kinderman-Monahan with rejection (a variable number of draws).
import random

random.seed(17)
print([random.normalvariate(0, 1) for _ in range(20)])
print([random.normalvariate(100, 15) for _ in range(10)])
print(random.normalvariate(), random.normalvariate(mu=2), random.random())
