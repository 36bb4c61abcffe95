# Attributes missing on an int.
n = 5
n.length
# expect error line 3: AttributeError: 'int' object has no attribute 'length'
