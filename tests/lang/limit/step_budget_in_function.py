# The step budget also bounds loops inside functions.
def spin():
    n = 0
    while n >= 0:
        n += 1
spin()
# expect limit line 4: Step limit: the script ran more than 20000000 steps. Is there an endless loop?
