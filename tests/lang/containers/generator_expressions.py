# Generator expressions are lazy.
print(sum(x * x for x in range(10)))  # expect: 285
print(max(len(w) for w in ["a", "abc", "ab"]))  # expect: 3
g = (print("computing", n) or n for n in range(2))
print("created")  # expect: created
print(list(g))
# expect: computing 0
# expect: computing 1
# expect: [0, 1]
print(list(g))  # expect: []
print(tuple(c for c in "ab"), any(v > 1 for v in [0, 5]))  # expect: ('a', 'b') True
