import random

random.setstate((3, (1,) * 624 + (625,), None))
