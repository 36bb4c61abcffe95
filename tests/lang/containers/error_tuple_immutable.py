# Tuples do not support item assignment.
t = (1, 2)
t[0] = 5
# expect error line 3: TypeError: 'tuple' object does not support item assignment
