# List indices must be integers.
a = [1, 2]
a["0"]
# expect error line 3: TypeError: list indices must be integers or slices, not str
