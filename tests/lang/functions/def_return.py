# def, return values and the implicit None.
def add(a, b):
    return a + b
print(add(2, 3))  # expect: 5
def nothing():
    x = 1
print(nothing())  # expect: None
def early(n):
    if n > 0:
        return "positive"
    return
print(early(1), early(-1))  # expect: positive None
def pair():
    return 1, "two"
print(pair())  # expect: (1, 'two')
q, r = divmod(17, 5)
print(q, r)  # expect: 3 2
