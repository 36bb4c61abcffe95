# import, import-as and from-import of an emulated module.
import random
import random as rnd
from random import seed, random as draw
print(random is rnd)  # expect: True
seed(3)
a = draw()
rnd.seed(3)
print(a == random.random())  # expect: True
