# int() with a base needs a string.
int(5, 2)
# expect error line 2: TypeError: int() can't convert non-string with explicit base
