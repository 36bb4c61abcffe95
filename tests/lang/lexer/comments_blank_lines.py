# Comments and blank lines are ignored, also inside indented blocks.

x = 1  # trailing comment
    # an indented comment line

if x:
    # comment at block start

    y = 2
        # deeper comment
    print(y)  # expect: 2
# final comment
