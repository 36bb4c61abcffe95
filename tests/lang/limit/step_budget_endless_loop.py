# An endless loop stops at the step budget instead of freezing the page.
print("start")  # expect: start
while True:
    pass
# expect limit line 3: Step limit: the script ran more than 20000000 steps. Is there an endless loop?
