# with needs a context manager.
with 5 as x:
    pass
# expect error line 2: TypeError: 'int' object does not support the context manager protocol
