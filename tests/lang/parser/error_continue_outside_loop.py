# 'continue' inside a function but not in a loop.
def f():
    continue
# expect syntax error line 3: 'continue' not properly in loop
