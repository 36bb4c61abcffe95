# The message is str() of the argument.
raise TypeError(3.5)
# expect error line 2: TypeError: 3.5
