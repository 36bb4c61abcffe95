# CPython suggests a close global name.
counter = 0
print(countr)
# expect error line 3: NameError: name 'countr' is not defined. Did you mean: 'counter'?
