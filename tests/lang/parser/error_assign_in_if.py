# '=' where '==' was meant.
x = 1
if x = 1:
    pass
# expect syntax error line 3: invalid syntax. Maybe you meant '==' or ':=' instead of '='?
