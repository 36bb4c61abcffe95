# 'and' / 'or' return one of their operands and short-circuit.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)  # expect: 2 0 1 2
print("" or "default", [] and "never", None or 0)  # expect: default [] 0
def t(x):
    print("called", x)
    return x
print(t(0) and t(1))
# expect: called 0
# expect: 0
print(t(3) or t(4))
# expect: called 3
# expect: 3
print(t(0) or t(0) or t("last"))
# expect: called 0
# expect: called 0
# expect: called last
# expect: last
