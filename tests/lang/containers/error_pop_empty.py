# pop from an empty list.
[].pop()
# expect error line 2: IndexError: pop from empty list
