# !r, !s and !a conversions.
vals = [1.5, "x", None]
print(f"{vals!r} {vals!s}")  # expect: [1.5, 'x', None] [1.5, 'x', None]
print(f"{'é'!a} {'é'!r}")  # expect: '\xe9' 'é'
print(f"{'x'!r:>5}")  # expect:   'x'
