# Whether equal numbers are one object depends on CPython's caches and constants.
a = 10 ** 3
b = int("1000")
print(a is b)
# expect unsupported line 4: 'is' between equal int values depends on object identity in CPython; not reproducible in the playground
