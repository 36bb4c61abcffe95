# round of a str.
round("1.5")
# expect error line 2: TypeError: type str doesn't define __round__ method
