# A negative base to a fractional power gives a complex number in CPython.
x = (-8) ** (1 / 3)
# expect unsupported line 2: complex numbers are not supported in the playground
