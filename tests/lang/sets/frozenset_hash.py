# frozenset is hashable, so it can be a set element or dict key.
print(hash(frozenset()), hash(frozenset({1, 2, 3})))  # expect: 133146708735736 -272375401224217160
d = {frozenset({1, 2}): "pair"}
print(d[frozenset([2, 1])])  # expect: pair
