# if / elif / else choose one branch.
def grade(n):
    if n >= 90:
        return "A"
    elif n >= 80:
        return "B"
    elif n >= 70:
        return "C"
    else:
        return "F"
print(grade(95), grade(85), grade(75), grade(10))  # expect: A B C F
if []:
    print("no")
elif {}:
    print("no")
else:
    print("empty containers are false")  # expect: empty containers are false
