# Bitwise operators need ints.
x = 1.5 & 1
# expect error line 2: TypeError: unsupported operand type(s) for &: 'float' and 'int'
