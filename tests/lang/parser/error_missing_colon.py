# Compound statements need a colon.
x = 1
if x == 1
    print(x)
# expect syntax error line 3: expected ':'
