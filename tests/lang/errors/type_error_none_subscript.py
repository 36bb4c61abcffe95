# Indexing None.
x = None
x["key"]
# expect error line 3: TypeError: 'NoneType' object is not subscriptable
