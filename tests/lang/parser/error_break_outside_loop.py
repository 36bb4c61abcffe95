# 'break' must be inside a loop; CPython rejects the script before running it.
print("never printed")
break
# expect syntax error line 3: 'break' outside loop
