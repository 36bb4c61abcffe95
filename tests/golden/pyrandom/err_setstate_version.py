import random

random.setstate((4, (), None))
