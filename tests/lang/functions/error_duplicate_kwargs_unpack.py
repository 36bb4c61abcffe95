# A keyword given twice through ** unpacking.
def f(**kw):
    pass
f(a=1, **{"a": 2})
# expect error line 4: TypeError: __main__.f() got multiple values for keyword argument 'a'
