# Using a name that was never defined.
print("before")  # expect: before
print(undefined_name)
# expect error line 3: NameError: name 'undefined_name' is not defined
