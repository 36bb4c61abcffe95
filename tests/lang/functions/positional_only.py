# Parameters before / cannot be passed by keyword.
def f(a, b, /, c=0):
    return a + b + c
print(f(1, 2), f(1, 2, c=3))  # expect: 3 6
def g(x, /, **kw):
    return x, kw
print(g(1, x=2))  # expect: (1, {'x': 2})
