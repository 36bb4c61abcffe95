# Indentation without a block opener.
x = 1
    y = 2
# expect syntax error line 3: unexpected indent
