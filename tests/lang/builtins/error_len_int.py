# len of an int.
print(len(5))
# expect error line 2: TypeError: object of type 'int' has no len()
