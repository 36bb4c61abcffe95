# Set algebra keeps CPython's order for str elements too.
# env: PYTHONHASHSEED=0
a = set("abcdef")
b = set("defghi")
print(a)  # expect: {'d', 'f', 'b', 'c', 'a', 'e'}
print(a | b)  # expect: {'d', 'f', 'g', 'h', 'b', 'i', 'c', 'a', 'e'}
print(a & b, b & a)  # expect: {'d', 'e', 'f'} {'d', 'e', 'f'}
print(a - b, a ^ b)  # expect: {'c', 'a', 'b'} {'c', 'a', 'g', 'h', 'b', 'i'}
