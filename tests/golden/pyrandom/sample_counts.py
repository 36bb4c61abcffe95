# sample with counts= samples range(total) then maps through bisect.
import random

random.seed(12)
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
print(random.sample(["a", "b", "c"], counts=[1, 0, 5], k=6))
print(random.sample(range(3), counts=[100, 200, 300], k=10))
print(random.sample("xyz", counts=(1, 1, 1), k=3))
