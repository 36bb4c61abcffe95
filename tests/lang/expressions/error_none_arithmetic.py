# Arithmetic with None.
total = None
total += 1
# expect error line 3: TypeError: unsupported operand type(s) for +=: 'NoneType' and 'int'
