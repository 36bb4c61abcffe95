# A format precision beyond the size limit is refused in f-strings, format() and %-formatting.
print(f"{2.5:.3f}")
t = f"{2.5:.99999999999f}"
# expect: 2.500
# expect limit line 3: Size limit: the format's precision is larger than the playground allows (at most 64000000).
