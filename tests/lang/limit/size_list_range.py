# Materialising a huge range is refused before it is built.
values = list(range(10 ** 10))
# expect limit line 2: Size limit: 10000000000 elements requested, the playground allows at most 64000000.
