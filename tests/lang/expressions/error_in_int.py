# Membership in an int.
print(1 in 5)
# expect error line 2: TypeError: argument of type 'int' is not iterable
