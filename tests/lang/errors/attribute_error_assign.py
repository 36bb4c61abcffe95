# Builtin objects do not take new attributes.
x = [1]
x.name = "list"
# expect error line 3: AttributeError: 'list' object has no attribute 'name'
