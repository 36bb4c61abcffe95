# A loop does not extend into a function defined inside it.
for i in range(3):
    def f():
        break
# expect syntax error line 4: 'break' outside loop
