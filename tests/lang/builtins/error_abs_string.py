# abs of a str.
abs("x")
# expect error line 2: TypeError: bad operand type for abs(): 'str'
