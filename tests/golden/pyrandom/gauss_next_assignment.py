# gauss_next is a plain attribute: assigning it changes the next gauss() result.
import random

r = random.Random(35)
r.gauss_next = 5
print(r.gauss(10, 2), r.gauss_next)
r.gauss_next = 0.25
print(r.gauss(), r.gauss())
state = r.getstate()
print(state[2])
r.setstate((3, state[1], 1.5))
print(r.gauss(0, 1), r.gauss_next)
