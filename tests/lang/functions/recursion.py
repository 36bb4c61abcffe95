# Recursive functions, including big int results.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(5), fact(30))  # expect: 120 265252859812191058636308480000000
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(fib(90))  # expect: 2880067194370816120
def hanoi(n, src="A", dst="C", via="B"):
    if n == 0:
        return 0
    return hanoi(n - 1, src, via, dst) + 1 + hanoi(n - 1, via, dst, src)
print(hanoi(10))  # expect: 1023
