# Chained comparisons evaluate each operand once.
print(1 < 2 < 3, 1 < 3 < 2)  # expect: True False
print(1 == 1.0 == True)  # expect: True
def v(n):
    print("eval", n)
    return n
print(v(1) < v(2) < v(0) < v(5))
# expect: eval 1
# expect: eval 2
# expect: eval 0
# expect: False
x = 5
print(0 <= x < 10, 0 <= x < 3)  # expect: True False
print(1 < 2 > 0 != 5)  # expect: True
