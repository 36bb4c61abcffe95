# sample with counts and k == 0, zero counts, and one-element populations.
import random

random.seed(37)
print(random.sample(["a", "b"], counts=[3, 0], k=3))
print(random.sample(["a"], counts=[5], k=0), random.sample(["only"], counts=[2], k=2))
print(random.sample(range(5), k=5, counts=[1, 1, 1, 1, 1]))
print(random.sample(range(3), k=2, counts=(10**6, 10**6, 1)))
