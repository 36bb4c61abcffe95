# pop from an empty set.
set().pop()
# expect error line 2: KeyError: 'pop from an empty set'
