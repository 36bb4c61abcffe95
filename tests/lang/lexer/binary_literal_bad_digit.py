# A digit outside the base of a binary literal.
print(0b102)
# expect syntax error line 2: invalid digit '2' in binary literal
