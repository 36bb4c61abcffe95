# Several simple statements on one line.
a = 1; b = 2; print(a + b)  # expect: 3
if a: print("yes"); print("again")  # expect: yes
# expect: again
x = 5;
print(x)  # expect: 5
