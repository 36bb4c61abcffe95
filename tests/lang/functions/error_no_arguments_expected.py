# A function without parameters called with one.
def f():
    pass
f(5)
# expect error line 4: TypeError: f() takes 0 positional arguments but 1 was given
