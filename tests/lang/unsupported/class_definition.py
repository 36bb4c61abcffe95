# Classes are outside the subset.
class Point:
    pass
# expect unsupported line 2: 'class' definitions are not supported in the playground
