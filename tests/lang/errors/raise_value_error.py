# raise with a message.
def check(n):
    if n < 0:
        raise ValueError("n must be non-negative, got " + str(n))
    return n
print(check(1))  # expect: 1
check(-5)
# expect error line 4: ValueError: n must be non-negative, got -5
