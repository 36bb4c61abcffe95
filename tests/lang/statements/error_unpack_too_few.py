# Fewer values than targets.
a, b, c = (1, 2)
# expect error line 2: ValueError: not enough values to unpack (expected 3, got 2)
