# A starred target must be in a list or tuple.
*a = [1, 2]
# expect syntax error line 2: starred assignment target must be in a list or tuple
