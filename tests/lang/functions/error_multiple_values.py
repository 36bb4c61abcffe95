# One parameter given positionally and by keyword.
def f(a, b):
    pass
f(1, a=2)
# expect error line 4: TypeError: f() got multiple values for argument 'a'
