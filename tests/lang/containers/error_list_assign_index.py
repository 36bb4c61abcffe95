# Assigning past the end of a list.
a = []
a[0] = 1
# expect error line 3: IndexError: list assignment index out of range
