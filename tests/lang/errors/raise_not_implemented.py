# NotImplementedError is common in tutorials.
def todo():
    raise NotImplementedError("later")
todo()
# expect error line 3: NotImplementedError: later
