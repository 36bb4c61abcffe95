# gammavariate with alpha < 1: algorithm GS, using x ** (1 / alpha) and x ** (alpha - 1).
import random

random.seed(22)
for alpha in [0.01, 0.1, 0.5, 0.9, 0.999]:
    print(alpha, [random.gammavariate(alpha, 1.0) for _ in range(5)])
print([random.gammavariate(0.3, 7) for _ in range(5)])
