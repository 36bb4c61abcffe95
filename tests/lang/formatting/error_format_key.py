# str.format with a missing named field.
x = "{name}".format(nom=1)
# expect error line 2: KeyError: 'name'
