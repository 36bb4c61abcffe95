# A character that is not part of Python.
x = 5 € 3
# expect syntax error line 2: invalid character '€' (U+20AC)
