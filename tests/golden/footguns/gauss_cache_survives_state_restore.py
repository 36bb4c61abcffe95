# random.gauss keeps a cached second value; setstate restores it too, but seed() clears it.
import random
random.seed(3)
first = random.gauss(0, 1)
state = random.getstate()
second = random.gauss(0, 1)
random.setstate(state)
print(first, second, random.gauss(0, 1) == second)
random.seed(3)
print(random.gauss(0, 1) == first)
