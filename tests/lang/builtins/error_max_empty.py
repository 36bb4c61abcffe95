# max of an empty sequence without default.
max([])
# expect error line 2: ValueError: max() arg is an empty sequence
