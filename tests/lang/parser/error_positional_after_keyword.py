# Positional arguments cannot follow keywords.
print(sep="", 1)
# expect syntax error line 2: positional argument follows keyword argument
