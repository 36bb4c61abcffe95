# CPython math_1: an infinite result from a finite argument is a range error for exp.
import math
math.exp(1000)
# expect error line 3: OverflowError: math range error
