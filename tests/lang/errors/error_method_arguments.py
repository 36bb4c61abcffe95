# Builtin methods check their argument counts.
[].append(1, 2)
# expect error line 2: TypeError: list.append() takes exactly one argument (2 given)
