# Attribute access on None, a common mistake after list.sort().
result = [3, 1].sort()
result.append(1)
# expect error line 3: AttributeError: 'NoneType' object has no attribute 'append'
