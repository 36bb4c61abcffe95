# Too few arguments for the format.
x = "%s %s" % ("a",)
# expect error line 2: TypeError: not enough arguments for format string
