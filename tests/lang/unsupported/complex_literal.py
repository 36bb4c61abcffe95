# Complex numbers are outside the subset.
z = 3 + 4j
# expect unsupported line 2: complex numbers are not supported in the playground
