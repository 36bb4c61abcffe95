# A deleted local is unbound.
def f():
    x = 1
    del x
    return x
f()
# expect error line 5: UnboundLocalError: cannot access local variable 'x' where it is not associated with a value
