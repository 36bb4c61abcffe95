# Iterating an int.
for i in 10:
    pass
# expect error line 2: TypeError: 'int' object is not iterable
