import random

random.setstate((3, (-1,) * 625, None))
