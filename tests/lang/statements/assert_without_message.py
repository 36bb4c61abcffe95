# AssertionError without a message prints only the type.
assert 1 > 2
# expect error line 2: AssertionError
