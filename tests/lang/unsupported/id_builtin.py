# Object addresses are not reproducible.
print(id([]))
# expect unsupported line 2: builtin 'id()' is not supported in the playground
