import random

random.sample(["a", "b"], counts=[1], k=1)
