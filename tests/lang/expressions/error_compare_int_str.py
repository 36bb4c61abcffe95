# Ordering an int against a str.
print(1 < "a")
# expect error line 2: TypeError: '<' not supported between instances of 'int' and 'str'
