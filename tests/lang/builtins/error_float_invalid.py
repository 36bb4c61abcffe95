# float() of a non-numeric string.
x = float("abc")
# expect error line 2: ValueError: could not convert string to float: 'abc'
