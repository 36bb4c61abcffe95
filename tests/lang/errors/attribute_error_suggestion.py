# CPython suggests the closest attribute of the object's type.
s = "text"
s.strp()
# expect error line 3: AttributeError: 'str' object has no attribute 'strp'. Did you mean: 'strip'?
