# No suggestion when nothing is close enough.
x = 1
print(zzzzzz)
# expect error line 3: NameError: name 'zzzzzz' is not defined
