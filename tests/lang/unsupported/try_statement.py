# try/except is outside the playground's subset.
print("before")
try:
    x = 1
except ValueError:
    pass
# expect unsupported line 3: 'try' statements are not supported in the playground
