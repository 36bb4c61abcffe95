# Only one starred target per unpacking.
a, *b, *c = [1, 2, 3]
# expect syntax error line 2: multiple starred expressions in assignment
