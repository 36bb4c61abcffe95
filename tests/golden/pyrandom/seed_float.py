# seed(float) seeds from hash(x): hash(3.0) == 3, so seed(3.0) equals seed(3).
import random

for s in [1.5, -2.25, 0.0, -0.0, 3.0, 1e300, 1e-300, 0.1, float("inf"), float("-inf")]:
    random.seed(s)
    print(s, [random.random() for _ in range(3)])
random.seed(3)
print(random.random())
