# An error while formatting an f-string.
x = None
print(f"{x:.2f}")
# expect error line 3: TypeError: unsupported format string passed to NoneType.__format__
