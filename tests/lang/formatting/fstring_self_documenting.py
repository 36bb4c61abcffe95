# The '=' specifier prints the expression text and the repr.
x = 10
name = "Ann"
print(f"{x=}")  # expect: x=10
print(f"{name=}")  # expect: name='Ann'
print(f"{x = }")  # expect: x = 10
print(f"{x*2=}")  # expect: x*2=20
print(f"{x=:5}|{name=!s}")  # expect: x=   10|name=Ann
print(f"{3.5=:.2f}")  # expect: 3.5=3.50
