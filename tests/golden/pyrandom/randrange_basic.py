# randrange(stop), randrange(start, stop) and randrange(start, stop, step).
import random

random.seed(0)
print([random.randrange(10) for _ in range(20)])
print([random.randrange(5, 15) for _ in range(20)])
print([random.randrange(0, 100, 7) for _ in range(10)])
print([random.randrange(100, 0, -3) for _ in range(10)])
print([random.randrange(-50, -10) for _ in range(10)])
print([random.randrange(1) for _ in range(3)])
print(random.randrange(3, 4), random.randrange(5, None), random.randrange(0, 10, 1))
