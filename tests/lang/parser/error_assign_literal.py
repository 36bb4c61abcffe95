# Assigning to a literal.
1 = x
# expect syntax error line 2: cannot assign to literal here. Maybe you meant '==' instead of '='?
