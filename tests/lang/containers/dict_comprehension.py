# Dict comprehensions.
print({x: x * x for x in range(4)})  # expect: {0: 0, 1: 1, 2: 4, 3: 9}
words = ["apple", "bob", "cat"]
print({w: len(w) for w in words if len(w) > 2})  # expect: {'apple': 5, 'bob': 3, 'cat': 3}
print({v: k for k, v in {"a": 1, "b": 2}.items()})  # expect: {1: 'a', 2: 'b'}
print({x % 3: x for x in range(10)})  # expect: {0: 9, 1: 7, 2: 8}
