# Only exceptions can be raised.
raise "oops"
# expect error line 2: TypeError: exceptions must derive from BaseException
