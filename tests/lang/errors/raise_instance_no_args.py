# raise of an instance without arguments.
raise RuntimeError()
# expect error line 2: RuntimeError
