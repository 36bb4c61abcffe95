# Strings cannot be changed in place.
s = "abc"
s[0] = "x"
# expect error line 3: TypeError: 'str' object does not support item assignment
