# The methods of dict.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0))  # expect: 1 None 0
print(d.setdefault("c", 3), d.setdefault("a", 99), d)  # expect: 3 1 {'a': 1, 'b': 2, 'c': 3}
print(d.pop("b"), d.pop("zz", "none"), d)  # expect: 2 none {'a': 1, 'c': 3}
d.update({"a": 5, "d": 4}, e=6)
print(d)  # expect: {'a': 5, 'c': 3, 'd': 4, 'e': 6}
print(d.popitem(), d)  # expect: ('e', 6) {'a': 5, 'c': 3, 'd': 4}
e = d.copy(); e["x"] = 0
print(len(d), len(e))  # expect: 3 4
e.clear(); print(e)  # expect: {}
print(dict.fromkeys([1, 2]), dict.fromkeys("ab", []))  # expect: {1: None, 2: None} {'a': [], 'b': []}
print(d | {"z": 0})  # expect: {'a': 5, 'c': 3, 'd': 4, 'z': 0}
