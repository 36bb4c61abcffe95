# gammavariate with alpha > 1: Cheng's rejection method.
import random

random.seed(20)
for alpha in [1.0000001, 1.5, 2, 5.5, 30, 1000]:
    print(alpha, [random.gammavariate(alpha, 1) for _ in range(5)])
print([random.gammavariate(2.5, 3.0) for _ in range(5)])
