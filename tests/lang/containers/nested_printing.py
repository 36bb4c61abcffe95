# Nested containers print their elements with repr.
data = [{"name": "x", "vals": (1, 2.5, None)}, [True, "s"], ((),)]
print(data)  # expect: [{'name': 'x', 'vals': (1, 2.5, None)}, [True, 's'], ((),)]
print(str(data) == repr(data))  # expect: True
print(["a\nb"], ("it's",))  # expect: ['a\nb'] ("it's",)
