# Positional-only parameters passed by keyword.
def f(a, /):
    pass
f(a=1)
# expect error line 4: TypeError: f() got some positional-only arguments passed as keyword arguments: 'a'
