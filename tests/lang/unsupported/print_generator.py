# Generator objects print with their memory address.
print(x for x in [1])
# expect unsupported line 2: printing a generator object shows its memory address in CPython; not reproducible in the playground
