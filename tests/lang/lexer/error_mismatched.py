# Closing bracket of the wrong kind.
x = [1, 2)
# expect syntax error line 2: closing parenthesis ')' does not match opening parenthesis '['
