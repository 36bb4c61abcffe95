# Lazy iterators print with their memory address in CPython.
m = map(str, [1])
print(m)
# expect unsupported line 3: printing a map object shows its memory address in CPython; not reproducible in the playground
