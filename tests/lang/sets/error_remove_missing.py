# remove of a missing element.
s = {1, 2}
s.remove(5)
# expect error line 3: KeyError: 5
