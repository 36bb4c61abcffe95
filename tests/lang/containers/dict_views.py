# keys(), values() and items() are live views.
d = {"a": 1, "b": 2}
k, v, i = d.keys(), d.values(), d.items()
print(k)  # expect: dict_keys(['a', 'b'])
print(v)  # expect: dict_values([1, 2])
print(i)  # expect: dict_items([('a', 1), ('b', 2)])
d["c"] = 3
print(k, len(v), ("c", 3) in i, "c" in k)  # expect: dict_keys(['a', 'b', 'c']) 3 True True
print(list(k), sorted(v, reverse=True))  # expect: ['a', 'b', 'c'] [3, 2, 1]
for key, value in d.items():
    print(key, value, end="; ")
print()  # expect: a 1; b 2; c 3; 
print({}.keys(), list(reversed(d.keys())))  # expect: dict_keys([]) ['c', 'b', 'a']
print(k == {"a", "b", "c"}, k & {"a", "z"})  # expect: True {'a'}
