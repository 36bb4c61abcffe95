# The else clause of a loop is not inside that loop.
while False:
    pass
else:
    break
# expect syntax error line 5: 'break' outside loop
