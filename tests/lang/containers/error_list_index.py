# Indexing past the end of a list.
a = [1, 2, 3]
print(a[3])
# expect error line 3: IndexError: list index out of range
