# There is no standard input.
name = input("name? ")
# expect unsupported line 2: builtin 'input()' is not supported in the playground
