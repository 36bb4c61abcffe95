# A format width beyond the size limit is refused before the padding is built
# (a fuzzer finding: the width's digits overflowed an int).
print(f"{1:>8}|")
print("%5d|" % 42)
s = "%222222222222d" % 1
# expect:        1|
# expect:    42|
# expect limit line 5: Size limit: the format's width is larger than the playground allows (at most 64000000).
