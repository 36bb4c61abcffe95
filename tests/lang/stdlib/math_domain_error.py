# CPython math_1: a NaN result from a non-NaN argument is a domain error.
import math
print(math.sqrt(4))
math.sqrt(-1)
# expect: 2.0
# expect error line 4: ValueError: math domain error
