# Reading a local before it is assigned.
x = 1
def f():
    print(x)
    x = 2
f()
# expect error line 4: UnboundLocalError: cannot access local variable 'x' where it is not associated with a value
