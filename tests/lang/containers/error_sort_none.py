# Sorting with None among numbers.
[3, None, 1].sort()
# expect error line 2: TypeError: '<' not supported between instances of 'NoneType' and 'int'
