# f-strings interpolate expressions.
name, n = "Ann", 3
print(f"{name} has {n} items")  # expect: Ann has 3 items
print(f"{n + 1} {n * 2.5} {[n]} {'quoted'}")  # expect: 4 7.5 [3] quoted
print(f"{{literal}} {{{n}}}")  # expect: {literal} {3}
print(f"{name!r} {name!s} {name.upper()}")  # expect: 'Ann' Ann ANN
d = {"k": 1}
print(f"{d['k']} {d}")  # expect: 1 {'k': 1}
print(F"upper F {n}", rf"\n{n}")  # expect: upper F 3 \n3
print(f"{n if n > 2 else 0} {(lambda: 5)()}")  # expect: 3 5
print(f"""multi
line {n}""")
# expect: multi
# expect: line 3
