# str.index of a missing substring.
"abc".index("z")
# expect error line 2: ValueError: substring not found
