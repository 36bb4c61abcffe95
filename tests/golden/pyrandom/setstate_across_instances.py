# A state taken from the module instance can be loaded into a Random instance.
import random

random.seed(29)
state = random.getstate()
expected = [random.random() for _ in range(5)]
r = random.Random()
r.setstate(state)
print([r.random() for _ in range(5)] == expected)
print(random.randint(1, 100), r.randint(1, 100))
