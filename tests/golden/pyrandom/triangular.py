# triangular(low, high, mode) with and without a mode, including degenerate ranges.
import random

random.seed(15)
print([random.triangular() for _ in range(5)])
print([random.triangular(0, 10, 3) for _ in range(10)])
print([random.triangular(10, 0, 8) for _ in range(5)])
print([random.triangular(2, 5) for _ in range(5)])
print(random.triangular(1, 1, 1), random.triangular(1, 1), random.triangular(3, 3, 3.5))
print(random.triangular(0, 1, 1), random.triangular(0, 1, 0))
