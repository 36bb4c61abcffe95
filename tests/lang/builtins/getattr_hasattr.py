# getattr, hasattr and setattr on builtin values and functions.
print(getattr("abc", "upper")())  # expect: ABC
print(getattr([], "nope", "default"), hasattr([], "append"), hasattr(5, "nope"))  # expect: default True False
def f():
    pass
setattr(f, "calls", 3)
f.calls += 1
print(f.calls, getattr(f, "__name__"))  # expect: 4 f
getattr(5, "nope")
# expect error line 9: AttributeError: 'int' object has no attribute 'nope'
