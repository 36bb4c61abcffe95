# Keywords cannot be assigned.
class = 3
# expect syntax error line 2: invalid syntax
