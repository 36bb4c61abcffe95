# 2000 draws cross several MT regenerations (every 312 random() calls).
import random

random.seed(34)
xs = [random.random() for _ in range(2000)]
print(xs[0], xs[311], xs[312], xs[623], xs[624], xs[1999])
print(sum(xs))
