# Assignment expressions.
if (n := 10) > 5:
    print(n)  # expect: 10
data = [1, 2, 3, 4]
print([y for x in data if (y := x * 2) > 4])  # expect: [6, 8]
print(y)  # expect: 8
total = 0
while (total := total + 3) < 10:
    pass
print(total)  # expect: 12
