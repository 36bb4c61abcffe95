# nonlocal must name a variable of an enclosing function.
def f():
    def g():
        nonlocal y
        y = 1
# expect syntax error line 4: no binding for nonlocal 'y' found
