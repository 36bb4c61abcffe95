# choices with cumulative weights.
import random

random.seed(5)
print(random.choices(["a", "b", "c"], cum_weights=[1, 2, 10], k=20))
print(random.choices(["a", "b", "c"], cum_weights=(0.5, 0.75, 1.0), k=20))
random.seed(5)
x = random.choices("xyz", [1, 1, 8], k=10)
random.seed(5)
y = random.choices("xyz", cum_weights=[1, 2, 10], k=10)
print(x == y, x)
