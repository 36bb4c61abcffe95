# Inner functions see and keep the enclosing scope.
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())  # expect: 1 2 3 1
def outer():
    x = "outer"
    def inner():
        return x
    x = "changed"
    return inner()
print(outer())  # expect: changed
def power(exp):
    return lambda base: base ** exp
square, cube = power(2), power(3)
print(square(5), cube(2))  # expect: 25 8
