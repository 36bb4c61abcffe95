# Two required arguments missing.
def f(a, b, c):
    pass
f(1)
# expect error line 4: TypeError: f() missing 2 required positional arguments: 'b' and 'c'
