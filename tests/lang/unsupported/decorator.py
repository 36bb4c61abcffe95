# Decorators are outside the subset.
def deco(f):
    return f
@deco
def g():
    pass
# expect unsupported line 4: decorators are not supported in the playground
