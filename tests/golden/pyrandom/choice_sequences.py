# choice on lists, tuples, strings and ranges.
import random

random.seed(11)
print([random.choice([10, 20, 30, 40]) for _ in range(20)])
print([random.choice((1.5, 2.5)) for _ in range(10)])
print("".join(random.choice("abcdefghij") for _ in range(30)))
print([random.choice(range(100, 200, 3)) for _ in range(10)])
print(random.choice(["only"]))
