# split with an empty separator.
"abc".split("")
# expect error line 2: ValueError: empty separator
