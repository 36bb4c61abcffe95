# math functions the engine's libm does not provide are refused, never approximated.
import math
print(math.floor(2.5))
math.log2(8)
# expect: 2
# expect unsupported line 4: math.log2 is not supported in the playground
