# log(0) is a domain error, not -inf.
import math
math.log(0)
# expect error line 3: ValueError: math domain error
