# len takes exactly one argument.
len([1], [2])
# expect error line 2: TypeError: len() takes exactly one argument (2 given)
