# dict has no attribute access for keys.
d = {"key": 1}
d.key
# expect error line 3: AttributeError: 'dict' object has no attribute 'key'. Did you mean: 'keys'?
