# hash(None) depends on an address in CPython 3.11.
h = hash(None)
# expect unsupported line 2: hash() of None depends on its memory address in CPython 3.11; not reproducible in the playground
