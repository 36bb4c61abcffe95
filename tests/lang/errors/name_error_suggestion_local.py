# Inside a function, locals are suggested first.
def f(values):
    total = 0
    for v in values:
        totl += v
f([1])
# expect error line 5: UnboundLocalError: cannot access local variable 'totl' where it is not associated with a value
