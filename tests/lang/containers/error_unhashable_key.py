# Lists cannot be dict keys.
d = {}
d[[1, 2]] = "x"
# expect error line 3: TypeError: unhashable type: 'list'
