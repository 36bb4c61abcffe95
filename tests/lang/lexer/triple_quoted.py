# Triple-quoted strings span lines and keep quotes.
s = """first
second 'x' "y"
third"""
print(s)
# expect: first
# expect: second 'x' "y"
# expect: third
print('''a''b''')  # expect: a''b
print(len("""\n"""))  # expect: 1
