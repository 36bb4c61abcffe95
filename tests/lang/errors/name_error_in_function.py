# A function reading a misspelt local name.
def area(width):
    return widht * 2
area(3)
# expect error line 3: NameError: name 'widht' is not defined. Did you mean: 'width'?
