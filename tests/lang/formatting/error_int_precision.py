# Integers take no precision.
x = format(5, ".2d")
# expect error line 2: ValueError: Precision not allowed in integer format specifier
