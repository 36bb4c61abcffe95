# A float is not an index.
a = [1, 2]
a[1.0]
# expect error line 3: TypeError: list indices must be integers or slices, not float
