# Files do not exist in the playground.
with open("data.txt") as f:
    pass
# expect unsupported line 2: builtin 'open()' is not supported in the playground
