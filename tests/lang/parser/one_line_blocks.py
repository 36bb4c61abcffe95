# Bodies written after the colon on the same line.
for i in range(3): print(i, end=" ")
print()
# expect: 0 1 2 
if True: x = 1; y = 2
print(x + y)  # expect: 3
def sq(v): return v * v
print(sq(7))  # expect: 49
while x < 3: x += 1
print(x)  # expect: 3
