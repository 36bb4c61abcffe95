# An unknown keyword of print.
print("x", color="red")
# expect error line 2: TypeError: 'color' is an invalid keyword argument for print()
