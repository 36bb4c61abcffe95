# Concatenating a list with a tuple.
x = [1] + (2,)
# expect error line 2: TypeError: can only concatenate list (not "tuple") to list
