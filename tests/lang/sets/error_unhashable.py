# Sets need hashable elements.
s = {[1, 2]}
# expect error line 2: TypeError: unhashable type: 'list'
