# pass does nothing.
for i in range(2):
    pass
def noop():
    pass
print(noop())  # expect: None
if True:
    pass
print("after")  # expect: after
