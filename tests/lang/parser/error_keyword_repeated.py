# The same keyword twice in one call.
print(1, sep="a", sep="b")
# expect syntax error line 2: keyword argument repeated: sep
