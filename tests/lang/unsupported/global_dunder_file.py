# Module attributes that depend on the file system.
print(__file__)
# expect unsupported line 2: '__file__' is not supported in the playground
