# join needs strings.
", ".join(["a", 1])
# expect error line 2: TypeError: sequence item 1: expected str instance, int found
