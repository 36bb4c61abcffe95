# Indexing past the end of a string.
s = "abc"
print(s[3])
# expect error line 3: IndexError: string index out of range
