# A missing tuple key shows the tuple.
d = {}
d[(1, 2)]
# expect error line 3: KeyError: (1, 2)
