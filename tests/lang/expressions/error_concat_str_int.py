# Concatenating a str with an int.
print("total: " + 5)
# expect error line 2: TypeError: can only concatenate str (not "int") to str
