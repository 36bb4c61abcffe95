# Deleting a missing dict key.
d = {"a": 1}
del d["b"]
# expect error line 3: KeyError: 'b'
