# Functions know their name and docstring.
def documented(x):
    """Returns x."""
    return x
print(documented.__name__)  # expect: documented
print(documented.__doc__)  # expect: Returns x.
f = lambda: 0
print(f.__name__)  # expect: <lambda>
print(len.__name__)  # expect: len
def plain():
    pass
print(plain.__doc__)  # expect: None
