# A global declaration after the name was assigned.
def f():
    x = 1
    global x
# expect syntax error line 4: name 'x' is assigned to before global declaration
