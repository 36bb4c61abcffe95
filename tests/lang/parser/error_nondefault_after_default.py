# Parameters without defaults cannot follow ones with defaults.
def f(a=1, b):
    pass
# expect syntax error line 2: non-default argument follows default argument
