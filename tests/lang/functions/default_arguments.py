# Defaults are evaluated once, when the def runs.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"))  # expect: Hello, Ann!
print(greet("Bob", "Hi"))  # expect: Hi, Bob!
print(greet("Cy", punct="?"))  # expect: Hello, Cy?
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2))  # expect: [1, 2] [1, 2]
n = 5
def show(v=n):
    return v
n = 6
print(show())  # expect: 5
