# Calling without a required argument.
def area(width, height):
    return width * height
area(3)
# expect error line 4: TypeError: area() missing 1 required positional argument: 'height'
