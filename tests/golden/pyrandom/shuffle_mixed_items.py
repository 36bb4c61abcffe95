# shuffle moves objects, not copies: nested lists keep their identity.
import random

random.seed(8)
inner = [1, 2]
x = [inner, "s", 3.5, None, (1, 2), {"k": 1}]
random.shuffle(x)
print(x)
inner.append(3)
print(x)
