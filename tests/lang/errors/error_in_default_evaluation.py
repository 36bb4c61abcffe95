# Defaults are evaluated when def runs.
def f(x=1 / 0):
    pass
# expect error line 2: ZeroDivisionError: division by zero
