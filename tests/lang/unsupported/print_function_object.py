# CPython prints a function with its memory address, which cannot be reproduced.
def f():
    pass
print(f)
# expect unsupported line 4: printing a function shows its memory address in CPython; not reproducible in the playground
