# partition and rpartition.
print("key=value=x".partition("="))  # expect: ('key', '=', 'value=x')
print("key=value=x".rpartition("="))  # expect: ('key=value', '=', 'x')
print("nothing".partition("="))  # expect: ('nothing', '', '')
