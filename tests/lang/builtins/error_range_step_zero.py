# range step cannot be zero.
range(1, 5, 0)
# expect error line 2: ValueError: range() arg 3 must not be zero
