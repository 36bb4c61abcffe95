# No suggestion when the closest attribute is too far away.
d = {"a": 1}
d.iteritems()
# expect error line 3: AttributeError: 'dict' object has no attribute 'iteritems'
