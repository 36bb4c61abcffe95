# An opening bracket without its partner.
print("a")
x = (1, 2
y = 3
# expect syntax error line 3: '(' was never closed
