# A keyword that names no parameter.
def f(a):
    pass
f(a=1, b=2)
# expect error line 4: TypeError: f() got an unexpected keyword argument 'b'
