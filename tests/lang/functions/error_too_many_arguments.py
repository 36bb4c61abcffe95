# More positional arguments than parameters.
def f(a):
    pass
f(1, 2)
# expect error line 4: TypeError: f() takes 1 positional argument but 2 were given
