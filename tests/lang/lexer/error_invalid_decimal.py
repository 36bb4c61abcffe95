# A number followed by letters is not a literal.
x = 1abc
# expect syntax error line 2: invalid decimal literal
