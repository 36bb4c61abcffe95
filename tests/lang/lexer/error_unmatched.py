# A closing bracket without its partner.
x = 1)
# expect syntax error line 2: unmatched ')'
