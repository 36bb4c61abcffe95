# A keyword-only parameter without default.
def f(a, *, key):
    pass
f(1)
# expect error line 4: TypeError: f() missing 1 required keyword-only argument: 'key'
