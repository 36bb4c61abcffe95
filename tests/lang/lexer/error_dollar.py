# ASCII characters outside Python's grammar.
x = $5
# expect syntax error line 2: invalid syntax
