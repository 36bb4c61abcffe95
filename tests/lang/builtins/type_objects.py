# Builtin types print as classes; type() returns them.
print(int, str, list)  # expect: <class 'int'> <class 'str'> <class 'list'>
print(type(1), type(1.5), type("a"), type(None))  # expect: <class 'int'> <class 'float'> <class 'str'> <class 'NoneType'>
print(type([]) is list, type(True) == int, type(True) == bool)  # expect: True False True
print(type({}).__name__)  # expect: dict
