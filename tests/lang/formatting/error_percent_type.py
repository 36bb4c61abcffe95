# %d needs a number.
x = "%d" % "a"
# expect error line 2: TypeError: %d format: a real number is required, not str
