# A missing dict key.
prices = {"apple": 1.5}
print(prices["pear"])
# expect error line 3: KeyError: 'pear'
