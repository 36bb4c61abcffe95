# Three required arguments missing.
def f(a, b, c):
    pass
f()
# expect error line 4: TypeError: f() missing 3 required positional arguments: 'a', 'b', and 'c'
