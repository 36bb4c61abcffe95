# Running code from strings.
exec("x = 1")
# expect unsupported line 2: builtin 'exec()' is not supported in the playground
