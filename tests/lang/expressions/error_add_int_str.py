# Adding an int and a str.
x = 1
y = x + "a"
# expect error line 3: TypeError: unsupported operand type(s) for +: 'int' and 'str'
