# Indexing an int.
n = 5
print(n[0])
# expect error line 3: TypeError: 'int' object is not subscriptable
