# nan == nan is False, but the same nan object is found by identity.
x = float("nan")
print(x in [x])
# expect unsupported line 3: comparing nan values inside a container depends on object identity in CPython; not reproducible in the playground
