# A starred unpacking still needs the fixed targets.
a, b, *c, d = [1, 2]
# expect error line 2: ValueError: not enough values to unpack (expected at least 3, got 2)
