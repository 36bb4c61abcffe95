# *args collects extra positional arguments in a tuple.
def total(*nums):
    return sum(nums)
print(total(), total(1), total(1, 2, 3))  # expect: 0 1 6
def show(first, *rest):
    print(first, rest)
show(1)  # expect: 1 ()
show(1, 2, 3)  # expect: 1 (2, 3)
show(*"abc")  # expect: a ('b', 'c')
