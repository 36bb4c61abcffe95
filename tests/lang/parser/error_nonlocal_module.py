# nonlocal needs an enclosing function.
print("x")
nonlocal x
# expect syntax error line 3: nonlocal declaration not allowed at module level
