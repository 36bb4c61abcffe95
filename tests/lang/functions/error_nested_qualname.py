# Errors name nested functions by their qualified name.
def outer():
    def inner(x):
        return x
    return inner()
outer()
# expect error line 5: TypeError: outer.<locals>.inner() missing 1 required positional argument: 'x'
