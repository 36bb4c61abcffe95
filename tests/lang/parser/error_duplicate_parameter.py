# Two parameters with one name.
def f(a, b, a):
    pass
# expect syntax error line 2: duplicate argument 'a' in function definition
