# while with break, continue and else.
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    if n == 4:
        break
    print(n)
else:
    print("not reached")
# expect: 1
# expect: 3
k = 0
while k < 2:
    k += 1
else:
    print("else runs", k)  # expect: else runs 2
