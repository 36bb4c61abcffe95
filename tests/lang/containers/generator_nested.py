# Generator expressions with several clauses stay lazy and keep their order.
def noisy(n):
    print("make", n)
    return range(n)
g = (x * y for x in noisy(2) for y in noisy(2) if y)
# expect: make 2
print(next(g))
# expect: make 2
# expect: 0
print(list(g))
# expect: make 2
# expect: [1]
h = (c for c in "ab")
print(next(h), next(h), next(h, "done"))  # expect: a b done
