# gammavariate(1, beta) is the exponential distribution.
import random

random.seed(23)
print([random.gammavariate(1, 2) for _ in range(10)])
print([random.gammavariate(1.0, 0.5) for _ in range(10)])
