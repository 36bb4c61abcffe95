# An exception with several arguments prints their tuple.
raise ValueError("bad", 42)
# expect error line 2: ValueError: ('bad', 42)
