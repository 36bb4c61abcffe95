# A huge string is refused before it is built.
s = "ab" * 10 ** 9
# expect limit line 2: Size limit: 2000000000 elements requested, the playground allows at most 64000000.
