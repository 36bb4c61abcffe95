# *args needs an iterable.
print(*5)
# expect error line 2: TypeError: print() argument after * must be an iterable, not int
