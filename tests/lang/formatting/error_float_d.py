# 'd' is not a float format.
x = f"{1.5:d}"
# expect error line 2: ValueError: Unknown format code 'd' for object of type 'float'
