# **kwargs needs a mapping.
def f(**kw):
    pass
f(**[1])
# expect error line 4: TypeError: __main__.f() argument after ** must be a mapping, not list
