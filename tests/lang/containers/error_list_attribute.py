# A misspelt list method.
a = [1]
a.appnd(2)
# expect error line 3: AttributeError: 'list' object has no attribute 'appnd'. Did you mean: 'append'?
