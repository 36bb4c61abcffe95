# Extra positional arguments next to keyword-only ones.
def f(a, *, b):
    pass
f(1, 2, b=3)
# expect error line 4: TypeError: f() takes 1 positional argument but 2 positional arguments (and 1 keyword-only argument) were given
