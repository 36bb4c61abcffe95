# Resizing rehashes into a bigger table and changes the order.
s = set()
for v in [8, 16, 24, 32, 40, 1]:
    s.add(v)
    print(s)
# expect: {8}
# expect: {8, 16}
# expect: {8, 16, 24}
# expect: {8, 16, 32, 24}
# expect: {32, 8, 40, 16, 24}
# expect: {32, 1, 8, 40, 16, 24}
