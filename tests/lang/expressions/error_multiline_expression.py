# The error line is the line of the failing operation, not of the statement start.
values = [
    1,
    2 / 0,
]
# expect error line 4: ZeroDivisionError: division by zero
