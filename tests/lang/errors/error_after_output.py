# Output printed before an error is kept.
for i in range(3):
    print(i)
x = i / (i - 2)
# expect: 0
# expect: 1
# expect: 2
# expect error line 4: ZeroDivisionError: division by zero
