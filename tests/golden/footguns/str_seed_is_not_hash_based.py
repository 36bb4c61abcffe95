# random.seed("text") uses SHA-512 of the text (version 2), so it is stable across processes even without PYTHONHASHSEED.
import random
random.seed("reproducible")
print(random.random(), random.randint(1, 100))
