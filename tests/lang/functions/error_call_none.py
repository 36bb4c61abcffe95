# Calling the result of a function that returns None.
def f():
    pass
f()()
# expect error line 4: TypeError: 'NoneType' object is not callable
