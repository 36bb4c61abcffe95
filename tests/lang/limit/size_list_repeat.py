# A list of a trillion elements is refused before it is allocated.
big = [0] * 10 ** 12
# expect limit line 2: Size limit: 1000000000000 elements requested, the playground allows at most 64000000.
