# Two expressions side by side in a list.
x = [1 2]
# expect syntax error line 2: invalid syntax. Perhaps you forgot a comma?
