# ',' grouping is only for decimal formats.
x = format(1234, ",x")
# expect error line 2: ValueError: Cannot specify ',' with 'x'.
