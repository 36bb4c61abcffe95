# A KeyError without arguments.
raise KeyError()
# expect error line 2: KeyError
