# A different PYTHONHASHSEED gives a different order.
# env: PYTHONHASHSEED=123
print({"apple", "banana", "cherry"})  # expect: {'apple', 'banana', 'cherry'}
print(hash("abc"))  # expect: -6019719312852672851
