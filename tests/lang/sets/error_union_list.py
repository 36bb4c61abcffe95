# '|' needs two sets.
s = {1} | [2]
# expect error line 2: TypeError: unsupported operand type(s) for |: 'set' and 'list'
