# An else with nothing to attach to.
x = 1
else:
    pass
# expect syntax error line 3: invalid syntax
