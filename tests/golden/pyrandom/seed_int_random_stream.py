# random.seed(int) then random(): first 20, next 20, next 10 draws pin how the state advances.
import random

for s in [0, 1, 42, 2**40 + 17, -5]:
    random.seed(s)
    print("seed", s)
    print([random.random() for _ in range(20)])
    print([random.random() for _ in range(20)])
    print([random.random() for _ in range(10)])
