# A block opener needs an indented body.
for i in range(3):
print(i)
# expect syntax error line 3: expected an indented block after 'for' statement on line 2
