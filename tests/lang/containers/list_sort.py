# list.sort with key and reverse; sort is stable and in place.
people = [("bob", 25), ("ann", 30), ("cy", 25)]
people.sort(key=lambda p: p[1])
print(people)  # expect: [('bob', 25), ('cy', 25), ('ann', 30)]
people.sort(key=lambda p: p[1], reverse=True)
print(people)  # expect: [('ann', 30), ('bob', 25), ('cy', 25)]
words = ["Banana", "apple", "cherry"]
words.sort()
print(words)  # expect: ['Banana', 'apple', 'cherry']
words.sort(key=str.lower)
print(words)  # expect: ['apple', 'Banana', 'cherry']
print(words.sort())  # expect: None
nums = [3, 1.5, -2, 10 ** 20]
nums.sort(reverse=True)
print(nums)  # expect: [100000000000000000000, 3, 1.5, -2]
