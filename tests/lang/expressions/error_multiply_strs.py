# Multiplying two strs.
x = "a" * "b"
# expect error line 2: TypeError: can't multiply sequence by non-int of type 'str'
