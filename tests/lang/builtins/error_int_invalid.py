# int() of a non-numeric string.
n = int("12abc")
# expect error line 2: ValueError: invalid literal for int() with base 10: '12abc'
