# Assigning to a call.
f() = 3
# expect syntax error line 2: cannot assign to function call here. Maybe you meant '==' instead of '='?
