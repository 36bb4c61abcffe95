# str.format with a missing positional field.
x = "{} {}".format(1)
# expect error line 2: IndexError: Replacement index 1 out of range for positional args tuple
