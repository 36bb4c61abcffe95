# Sorting values that cannot be compared.
sorted([1, "a", 2])
# expect error line 2: TypeError: '<' not supported between instances of 'str' and 'int'
