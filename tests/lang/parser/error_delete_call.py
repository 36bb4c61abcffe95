# del needs a deletable target.
del len(x)
# expect syntax error line 2: cannot delete function call
