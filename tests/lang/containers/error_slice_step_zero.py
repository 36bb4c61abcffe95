# A zero slice step.
[1, 2][::0]
# expect error line 2: ValueError: slice step cannot be zero
