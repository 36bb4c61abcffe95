# Adding keys while iterating a dict.
d = {"a": 1}
for k in d:
    d[k + "x"] = 0
# expect error line 3: RuntimeError: dictionary changed size during iteration
