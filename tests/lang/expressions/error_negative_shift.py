# Negative shift counts.
x = 1 << -1
# expect error line 2: ValueError: negative shift count
