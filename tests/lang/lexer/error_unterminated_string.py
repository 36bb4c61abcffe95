# A string literal must end on its line.
print("ok")
s = "abc
# expect syntax error line 3: unterminated string literal (detected at line 3)
