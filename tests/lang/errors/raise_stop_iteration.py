# Other builtin exception classes.
raise IndexError("custom index")
# expect error line 2: IndexError: custom index
