# The state tuple: (3, 624 MT words plus the index, gauss_next).
import random

random.seed(0)
st = random.getstate()
print(st[0], len(st), len(st[1]), st[1][:5], st[1][-1], st[2])
random.random()
st = random.getstate()
print(st[1][:3], st[1][623], st[1][-1])
random.gauss()
st = random.getstate()
print(st[1][-1], st[2])
random.seed(0)
print(random.getstate()[1][:5] == random.Random(0).getstate()[1][:5])
