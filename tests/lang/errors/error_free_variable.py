# A closure variable assigned after the inner function reads it.
def outer():
    def inner():
        return y
    r = inner()
    y = 1
    return r
outer()
# expect error line 4: NameError: cannot access free variable 'y' where it is not associated with a value in enclosing scope
