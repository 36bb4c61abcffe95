# The innermost frame's line is reported.
def inner(d):
    return d["missing"]
def outer():
    return inner({})
print("start")  # expect: start
outer()
# expect error line 3: KeyError: 'missing'
