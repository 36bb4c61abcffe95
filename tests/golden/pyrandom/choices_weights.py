# choices with relative weights (int and float) uses accumulate and bisect.
import random

random.seed(4)
print(random.choices(["a", "b", "c"], [10, 1, 1], k=20))
print(random.choices(["a", "b", "c"], weights=[0.2, 0.3, 0.5], k=20))
print(random.choices(range(5), [0, 0, 1, 0, 0], k=5))
print(random.choices([1, 2, 3, 4], [1, 2, 3, 4], k=10))
print(random.choices([True, False], [2**60, 1], k=5))
