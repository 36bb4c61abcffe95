# A triple-quoted string must be closed.
x = 1
s = """abc
def
# expect syntax error line 3: unterminated triple-quoted string literal (detected at line 5)
