# Deleting a name that was never bound.
del ghost
# expect error line 2: NameError: name 'ghost' is not defined
