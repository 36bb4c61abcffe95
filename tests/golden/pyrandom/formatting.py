# Draws printed through f-strings, %-formatting, round and str().
import random

random.seed(33)
x = random.random()
y = random.gauss(10, 3)
n = random.randint(1, 10**12)
print(f"{x:.4f} {y:8.3f} {n:,} {x!r} {y:e} {x:.2%}")
print("%.6f %5.2f %d %s %r" % (x, y, n, x, y))
print(round(x, 3), round(y), str(x), repr(y), x * 100, int(y))
print(f"{random.random():.17g}", format(random.random(), ".3e"))
