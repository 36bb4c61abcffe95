# Calling an int.
x = 5
x()
# expect error line 3: TypeError: 'int' object is not callable
