# A malformed format spec.
x = f"{3.5:.2q}"
# expect error line 2: ValueError: Unknown format code 'q' for object of type 'float'
