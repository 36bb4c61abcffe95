# More values than targets.
a, b = [1, 2, 3]
# expect error line 2: ValueError: too many values to unpack (expected 2)
