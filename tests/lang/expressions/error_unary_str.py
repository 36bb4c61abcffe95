# Negating a str.
x = -"a"
# expect error line 2: TypeError: bad operand type for unary -: 'str'
