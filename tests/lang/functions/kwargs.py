# **kwargs collects extra keyword arguments in insertion order.
def opts(**kw):
    return kw
print(opts())  # expect: {}
print(opts(z=1, a=2))  # expect: {'z': 1, 'a': 2}
def both(a, *args, b=0, **kw):
    print(a, args, b, kw)
both(1, 2, 3, b=4, c=5, d=6)  # expect: 1 (2, 3) 4 {'c': 5, 'd': 6}
both(1, **{"x": 1})  # expect: 1 () 0 {'x': 1}
