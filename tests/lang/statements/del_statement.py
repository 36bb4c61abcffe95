# del removes names, list items and dict keys.
x = 1
lst = [1, 2, 3, 4, 5]
del lst[1]
print(lst)  # expect: [1, 3, 4, 5]
del lst[-1], lst[0]
print(lst)  # expect: [3, 4]
d = {"a": 1, "b": 2}
del d["a"]
print(d)  # expect: {'b': 2}
nums = list(range(10))
del nums[2:8:2]
print(nums)  # expect: [0, 1, 3, 5, 7, 8, 9]
del nums[:3]
print(nums)  # expect: [5, 7, 8, 9]
del x
print(x)
# expect error line 17: NameError: name 'x' is not defined
