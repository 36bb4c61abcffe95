# Sets are not subscriptable.
s = {1, 2}
s[0]
# expect error line 3: TypeError: 'set' object is not subscriptable
