# Unpacking into tuples and lists of targets.
a, b = 1, 2
print(a, b)  # expect: 1 2
a, b = b, a
print(a, b)  # expect: 2 1
(p, q), r = (3, 4), 5
print(p, q, r)  # expect: 3 4 5
[s, t] = "xy"
print(s, t)  # expect: x y
for i, (name, score) in enumerate([("ann", 3), ("bob", 5)]):
    print(i, name, score)
# expect: 0 ann 3
# expect: 1 bob 5
k, v = {"key": 1}.popitem()
print(k, v)  # expect: key 1
m, = [9]
print(m)  # expect: 9
