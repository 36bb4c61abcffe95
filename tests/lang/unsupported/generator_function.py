# Generator functions (yield) are outside the subset.
def count():
    yield 1
# expect unsupported line 3: 'yield' is not supported in the playground
