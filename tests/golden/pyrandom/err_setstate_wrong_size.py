import random

random.setstate((3, (1, 2, 3), None))
