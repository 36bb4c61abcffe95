# Unpacking an int.
a, b = 5
# expect error line 2: TypeError: cannot unpack non-iterable int object
