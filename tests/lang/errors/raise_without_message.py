# raise of a class or an instance without arguments.
raise ValueError
# expect error line 2: ValueError
