# An empty message prints only the exception type.
raise ValueError("")
# expect error line 2: ValueError
