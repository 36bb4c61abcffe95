# for ... else runs else only without break.
for n in range(2, 10):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()  # expect: 2 3 5 7 
for x in []:
    pass
else:
    print("empty loop runs else")  # expect: empty loop runs else
