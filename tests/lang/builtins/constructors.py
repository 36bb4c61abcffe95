# list, tuple, dict, set and str constructors.
print(list("abc"), list((1, 2)), list({"k": 1}))  # expect: ['a', 'b', 'c'] [1, 2] ['k']
print(tuple([1, 2]), tuple("ab"), tuple())  # expect: (1, 2) ('a', 'b') ()
print(dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({"x": 1}, y=2))  # expect: {'a': 1, 'b': 2} {1: 2, 3: 4} {'x': 1, 'y': 2}
print(set([3, 1, 2, 1]), set(), set("aa"))  # expect: {1, 2, 3} set() {'a'}
print(list(range(3)), dict.fromkeys("ab", 0))  # expect: [0, 1, 2] {'a': 0, 'b': 0}
