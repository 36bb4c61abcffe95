# 'return' at module level.
x = 1
if x:
    return x
# expect syntax error line 4: 'return' outside function
