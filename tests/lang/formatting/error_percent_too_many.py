# Too many arguments for the format.
x = "%s" % (1, 2)
# expect error line 2: TypeError: not all arguments converted during string formatting
