# Subtracting lists.
x = [1, 2] - [1]
# expect error line 2: TypeError: unsupported operand type(s) for -: 'list' and 'list'
