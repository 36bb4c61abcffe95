# Dicts keep insertion order; updates keep positions.
d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d)  # expect: {'b': 10, 'a': 2, 'c': 3}
print(d["a"], len(d), "a" in d, "z" in d, 2 in d)  # expect: 2 3 True False False
del d["b"]
d["b"] = 0
print(d)  # expect: {'a': 2, 'c': 3, 'b': 0}
print({1: "int", 2.5: "float", (1, 2): "tuple", None: "none"})  # expect: {1: 'int', 2.5: 'float', (1, 2): 'tuple', None: 'none'}
print({1: "a", 1.0: "b", True: "c"})  # expect: {1: 'c'}
print({}, {"nested": {"x": [1]}})  # expect: {} {'nested': {'x': [1]}}
