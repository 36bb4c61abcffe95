# Different methods share one MT stream: interleaving them pins each one's draw count.
import random

random.seed(32)
out = []
for i in range(10):
    out.append(random.random())
    out.append(random.randint(0, 9))
    out.append(random.choice("abc"))
    out.append(random.gauss())
    out.append(random.getrandbits(3))
print(out)
print(random.random())
