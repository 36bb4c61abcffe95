# The generic Exception class.
raise Exception("something went wrong")
# expect error line 2: Exception: something went wrong
