# setstate accepts any 625-int tuple (words taken mod 2**32 in version 2 states).
import random

words = tuple(range(1, 625))
random.setstate((3, words + (624,), None))
print([random.random() for _ in range(3)])
random.setstate((3, words + (0,), 0.5))
print(random.gauss(), [random.getrandbits(32) for _ in range(3)])
random.setstate((2, tuple(w - 2**32 for w in words) + (624,), None))
print([random.random() for _ in range(3)])
random.setstate([3, words + (624,), None])  # any sequence of three works
print(random.random())
