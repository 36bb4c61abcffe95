# The TypeError of a long mixed list comes from the comparison timsort makes first.
items = list(range(70)) + ["x"] + list(range(10))
sorted(items)
# expect error line 3: TypeError: '<' not supported between instances of 'str' and 'int'
