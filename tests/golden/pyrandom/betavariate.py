# betavariate(a, b) = y / (y + gammavariate(b)) with y = gammavariate(a).
import random

random.seed(24)
print([random.betavariate(2, 5) for _ in range(10)])
print([random.betavariate(0.5, 0.5) for _ in range(10)])
print([random.betavariate(1, 1) for _ in range(5)])
