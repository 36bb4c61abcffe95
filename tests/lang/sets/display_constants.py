# A display of constants is folded to a frozenset first, which changes the layout.
a, b, c = 9, 1, 17
print({9, 1, 17}, {a, b, c})  # expect: {9, 1, 17} {9, 1, 17}
print({33, 1, 65, 2}, {x for x in (33, 1, 65, 2)})  # expect: {65, 2, 1, 33} {65, 33, 2, 1}
