# index of a missing value.
["a"].index("b")
# expect error line 2: ValueError: 'b' is not in list
