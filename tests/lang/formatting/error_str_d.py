# 'd' is not a str format.
x = f"{'a':d}"
# expect error line 2: ValueError: Unknown format code 'd' for object of type 'str'
