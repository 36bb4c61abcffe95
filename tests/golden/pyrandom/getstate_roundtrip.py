# getstate()/setstate() replays the same values, gauss cache included.
import random

random.seed(28)
random.random()
state = random.getstate()
a = [random.random() for _ in range(5)] + [random.gauss() for _ in range(3)]
random.setstate(state)
b = [random.random() for _ in range(5)] + [random.gauss() for _ in range(3)]
print(a == b)
print(a)
random.gauss()
state = random.getstate()
g = random.gauss()
random.setstate(state)
print(random.gauss() == g, g)
