# Comprehension variables do not leak; outer names are visible.
factor = 10
print([v * factor for v in range(3)])  # expect: [0, 10, 20]
def f():
    k = 2
    return [k * i for i in range(3)]
print(f())  # expect: [0, 2, 4]
print(i)
# expect error line 8: NameError: name 'i' is not defined. Did you mean: 'id'?
