# Assignment makes a name local; reading alone sees the global.
g = "global"
def read():
    return g
def shadow():
    g = "local"
    return g
print(read(), shadow(), g)  # expect: global local global
