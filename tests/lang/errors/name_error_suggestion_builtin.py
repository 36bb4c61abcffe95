# CPython suggests a close builtin name.
pritn("hello")
# expect error line 2: NameError: name 'pritn' is not defined. Did you mean: 'print'?
