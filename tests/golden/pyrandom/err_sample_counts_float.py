import random

random.sample(["a", "b"], counts=[1, 1.5], k=1)
