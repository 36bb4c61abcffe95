# A misspelt method gets CPython's suggestion.
"abc".uper()
# expect error line 2: AttributeError: 'str' object has no attribute 'uper'. Did you mean: 'upper'?
