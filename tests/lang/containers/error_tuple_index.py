# Indexing past the end of a tuple.
t = (1,)
t[-2]
# expect error line 3: IndexError: tuple index out of range
