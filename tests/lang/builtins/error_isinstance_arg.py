# isinstance needs a type.
isinstance(1, 2)
# expect error line 2: TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union
