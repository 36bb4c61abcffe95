# A bare raise with no active exception.
raise
# expect error line 2: RuntimeError: No active exception to reraise
