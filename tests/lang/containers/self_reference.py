# A container inside itself prints as [...], {...} or (...).
a = [1]
a.append(a)
print(a)  # expect: [1, [...]]
d = {"k": 1}
d["self"] = d
print(d)  # expect: {'k': 1, 'self': {...}}
t = ([],)
t[0].append(t)
print(t)  # expect: ([(...)],)
print(a == a, len(a[1][1]))  # expect: True 2
