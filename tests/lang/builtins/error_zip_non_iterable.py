# zip of an int.
zip([1], 2)
# expect error line 2: TypeError: 'int' object is not iterable
