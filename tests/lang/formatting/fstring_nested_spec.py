# Format specs can contain replacement fields.
x = 3.14159
w, p = 10, 3
print(f"[{x:{w}.{p}f}]")  # expect: [     3.142]
print(f"[{x:>{w}}]")  # expect: [   3.14159]
align = "<"
print(f"[{'ab':{align}5}]")  # expect: [ab   ]
