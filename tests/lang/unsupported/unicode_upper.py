# Case mapping of non-ASCII text needs Unicode tables.
print("straße".upper())
# expect unsupported line 2: str.upper() of non-ASCII text is not supported in the playground
