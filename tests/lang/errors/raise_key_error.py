# KeyError shows the repr of its argument.
raise KeyError("missing")
# expect error line 2: KeyError: 'missing'
