# remove of a missing value.
[1, 2].remove(3)
# expect error line 2: ValueError: list.remove(x): x not in list
