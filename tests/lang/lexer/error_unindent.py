# Dedent to a level that was never opened.
if True:
        x = 1
    y = 2
# expect syntax error line 4: unindent does not match any outer indentation level
