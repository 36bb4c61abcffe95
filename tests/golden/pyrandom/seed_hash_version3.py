# A version other than 1 and 2 seeds str/bytes by hash(), which depends on PYTHONHASHSEED (set in .env).
import random

for s in ["hello", "world", b"bytes", "", 2.5]:
    random.seed(s, version=3)
    print(repr(s), [random.random() for _ in range(3)])
